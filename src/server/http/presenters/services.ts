// Services as the API shows them: the service page, cards in search and lists, and the
// seller's rows. The buttons a viewer gets come from the service policy alone.
import type { FeeSchedule } from '../../../domain/money/fees';
import { serviceFees } from '../../../domain/money/fees';
import { serviceActions } from '../../../domain/policies/services';
import type { MyServiceRow, ServiceCard, ServiceDetail } from '../../../shared/api/services';
import type { Lang } from '../../../shared/errors';
import type { ServiceWithSeller } from '../../db/repositories/services';
import type { ServiceView } from '../../use-cases/services/get-service';
import { presentParty } from './accounts';

export const serviceImageUrl = (serviceId: string, imageId: string) => `/api/v1/services/${serviceId}/images/${imageId}`;

const rating = (s: ServiceWithSeller) => ({
  average: s.rating_average === null ? null : Number(s.rating_average),
  count: s.rating_count,
});

const stateOf = (s: ServiceWithSeller) => ({
  sellerId: s.seller_id,
  status: s.status,
  sellerActive: s.seller_status === 'active',
});

export function presentServiceCard(s: ServiceWithSeller, lang: Lang): ServiceCard {
  const seller = presentParty({ username: s.seller_username, displayName: s.seller_display_name, status: s.seller_status }, lang);
  return {
    id: s.id,
    title: s.title,
    category: s.category,
    tags: s.tags,
    image: s.image_id ? { url: serviceImageUrl(s.id, s.image_id) } : null,
    priceFrom: s.price_from,
    deliveryDaysFrom: s.delivery_days_from,
    status: s.status,
    seller: { username: seller.username, displayName: seller.displayName },
    rating: rating(s),
    ordersCompleted: s.orders_completed,
    publishedAt: s.published_at?.toISOString() ?? null,
  };
}

export function presentMyServiceRow(s: ServiceWithSeller, lang: Lang): MyServiceRow {
  return {
    ...presentServiceCard(s, lang),
    ordersInProgress: Number(s.orders_in_progress ?? 0),
    actions: serviceActions(stateOf(s), s.seller_id),
    updatedAt: s.updated_at.toISOString(),
  };
}

export function presentServiceDetail(view: ServiceView, viewerId: string | null, fees: FeeSchedule, lang: Lang): ServiceDetail {
  const { service: s, parts } = view;
  const card = presentServiceCard(s, lang);
  const net = (price: number) => serviceFees(price, fees).sellerNet;
  return {
    id: s.id,
    status: s.status,
    title: s.title,
    category: s.category,
    tags: s.tags,
    description: s.description,
    images: parts.images.map((i) => ({ id: i.id, url: serviceImageUrl(s.id, i.id), name: i.filename })),
    packages: parts.packages.map((p) => ({
      id: p.id,
      name: p.name,
      price: p.price,
      deliveryDays: p.delivery_days,
      revisions: p.revisions,
      includes: p.includes,
      sellerNet: net(p.price),
    })),
    options: parts.options.map((o) => ({
      id: o.id,
      title: o.title,
      price: o.price,
      extraDays: o.extra_days,
      sellerNet: net(o.price),
    })),
    faq: s.faq.map((f) => ({ question: f.question, answer: f.answer })),
    buyerRequest: s.buyer_request,
    capacity: s.capacity,
    acceptanceDays: s.acceptance_days,
    version: s.version,
    priceFrom: s.price_from,
    deliveryDaysFrom: s.delivery_days_from,
    seller: {
      ...card.seller,
      ratingAverage: view.sellerRating.average,
      ratingCount: view.sellerRating.count,
      invoiceNumber: s.seller_status === 'active' ? s.seller_invoice_number : null,
    },
    rating: card.rating,
    ordersInProgress: Number(s.orders_in_progress ?? 0),
    ordersCompleted: s.orders_completed,
    publishedAt: card.publishedAt,
    updatedAt: s.updated_at.toISOString(),
    viewer: { isOwner: viewerId === s.seller_id, actions: serviceActions(stateOf(s), viewerId) },
  };
}
