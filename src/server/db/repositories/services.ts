// Service rows with their seller, and their packages, options and images. Packages and
// options that an edit drops are stamped removed, never deleted: orders may name them.
import { AppError } from '../../../domain/errors';
import { ORDER_IN_PROGRESS } from '../../../domain/orders/order';
import type { ServiceStatus } from '../../../domain/services/process';
import type { ServiceInput } from '../../../shared/api/services';
import type { Db } from '../database';
import type { ServiceFaqRow } from '../schema';

export const SERVICE_COLUMNS = [
  's.id',
  's.seller_id',
  's.status',
  's.title',
  's.category',
  's.tags',
  's.description',
  's.faq',
  's.buyer_request',
  's.capacity',
  's.acceptance_days',
  's.price_from',
  's.delivery_days_from',
  's.rating_average',
  's.rating_count',
  's.orders_completed',
  's.version',
  's.published_at',
  's.created_at',
  's.updated_at',
] as const;

export interface ServiceWithSeller {
  id: string;
  seller_id: string;
  status: ServiceStatus;
  title: string;
  category: string;
  tags: string[];
  description: string;
  faq: ServiceFaqRow[];
  buyer_request: string;
  capacity: number;
  acceptance_days: number;
  price_from: number;
  delivery_days_from: number;
  rating_average: string | null;
  rating_count: number;
  orders_completed: number;
  version: number;
  published_at: Date | null;
  created_at: Date;
  updated_at: Date;
  seller_username: string;
  seller_display_name: string | null;
  seller_status: string;
  /** The seller's registration number (適格請求書発行事業者), null when not registered. */
  seller_invoice_number: string | null;
  /** The first image, shown on cards. */
  image_id: string | null;
  /** Orders of the service whose contract has not ended (each takes a slot). */
  orders_in_progress: number;
}

export function selectServicesWithSeller(db: Db) {
  return db
    .selectFrom('services as s')
    .innerJoin('users as u', 'u.id', 's.seller_id')
    .select([
      ...SERVICE_COLUMNS,
      'u.username as seller_username',
      'u.display_name as seller_display_name',
      'u.status as seller_status',
      (eb) =>
        eb
          .selectFrom('profiles as sp')
          .select('sp.invoice_number')
          .whereRef('sp.user_id', '=', 's.seller_id')
          .as('seller_invoice_number'),
      (eb) =>
        eb
          .selectFrom('service_images as i')
          .select('i.attachment_id')
          .whereRef('i.service_id', '=', 's.id')
          .orderBy('i.position')
          .limit(1)
          .as('image_id'),
      (eb) =>
        eb
          .selectFrom('service_orders as o')
          .innerJoin('contracts as k', 'k.service_order_id', 'o.id')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('o.service_id', '=', 's.id')
          .where('k.status', 'in', ORDER_IN_PROGRESS)
          .as('orders_in_progress'),
    ]);
}

export async function findServiceWithSeller(db: Db, id: string): Promise<ServiceWithSeller | undefined> {
  return (await selectServicesWithSeller(db).where('s.id', '=', id).executeTakeFirst()) as ServiceWithSeller | undefined;
}

/** Services by id, in the order given (a search page). */
export async function servicesByIds(db: Db, ids: readonly string[]): Promise<ServiceWithSeller[]> {
  if (ids.length === 0) return [];
  const rows = (await selectServicesWithSeller(db).where('s.id', 'in', ids).execute()) as ServiceWithSeller[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is ServiceWithSeller => r !== undefined);
}

/** The current packages, options and images of some services, in position order. */
export async function servicePartsOf(db: Db, serviceIds: readonly string[]) {
  const ids = serviceIds.length > 0 ? [...serviceIds] : ['00000000-0000-0000-0000-000000000000'];
  const [packages, options, images] = await Promise.all([
    db
      .selectFrom('service_packages')
      .select(['id', 'service_id', 'name', 'price', 'delivery_days', 'revisions', 'includes'])
      .where('service_id', 'in', ids)
      .where('removed_at', 'is', null)
      .orderBy('service_id')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('service_options')
      .select(['id', 'service_id', 'title', 'price', 'extra_days'])
      .where('service_id', 'in', ids)
      .where('removed_at', 'is', null)
      .orderBy('service_id')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('service_images as i')
      .innerJoin('attachments as a', 'a.id', 'i.attachment_id')
      .select(['i.attachment_id as id', 'i.service_id', 'a.filename'])
      .where('i.service_id', 'in', ids)
      .orderBy('i.service_id')
      .orderBy('i.position')
      .execute(),
  ]);
  return { packages, options, images };
}
export type ServiceParts = Awaited<ReturnType<typeof servicePartsOf>>;

/**
 * Writes a service's packages and options as the editor sent them: an item sent back
 * with its id is updated in place, a new one inserted, one left out stamped removed. An
 * id that is not one of this service's current items is refused.
 */
export async function writeServiceItems(trx: Db, serviceId: string, input: ServiceInput, now: Date): Promise<void> {
  const [packages, options] = await Promise.all([
    trx.selectFrom('service_packages').select('id').where('service_id', '=', serviceId).where('removed_at', 'is', null).execute(),
    trx.selectFrom('service_options').select('id').where('service_id', '=', serviceId).where('removed_at', 'is', null).execute(),
  ]);
  const current = { packages: new Set(packages.map((p) => p.id)), options: new Set(options.map((o) => o.id)) };
  input.packages.forEach((p, i) => {
    if (p.id !== undefined && !current.packages.has(p.id)) throw AppError.field(`/packages/${i}/id`, 'invalid-choice');
  });
  input.options.forEach((o, i) => {
    if (o.id !== undefined && !current.options.has(o.id)) throw AppError.field(`/options/${i}/id`, 'invalid-choice');
  });
  const keptPackages = input.packages.flatMap((p) => (p.id ? [p.id] : []));
  const keptOptions = input.options.flatMap((o) => (o.id ? [o.id] : []));
  let dropPackages = trx
    .updateTable('service_packages')
    .set({ removed_at: now })
    .where('service_id', '=', serviceId)
    .where('removed_at', 'is', null);
  if (keptPackages.length > 0) dropPackages = dropPackages.where('id', 'not in', keptPackages);
  await dropPackages.execute();
  let dropOptions = trx
    .updateTable('service_options')
    .set({ removed_at: now })
    .where('service_id', '=', serviceId)
    .where('removed_at', 'is', null);
  if (keptOptions.length > 0) dropOptions = dropOptions.where('id', 'not in', keptOptions);
  await dropOptions.execute();

  for (const [position, p] of input.packages.entries()) {
    const values = {
      position,
      name: p.name,
      price: p.price,
      delivery_days: p.deliveryDays,
      revisions: p.revisions,
      includes: p.includes,
    };
    if (p.id) await trx.updateTable('service_packages').set(values).where('id', '=', p.id).execute();
    else
      await trx
        .insertInto('service_packages')
        .values({ ...values, service_id: serviceId, created_at: now })
        .execute();
  }
  for (const [position, o] of input.options.entries()) {
    const values = { position, title: o.title, price: o.price, extra_days: o.extraDays };
    if (o.id) await trx.updateTable('service_options').set(values).where('id', '=', o.id).execute();
    else
      await trx
        .insertInto('service_options')
        .values({ ...values, service_id: serviceId, created_at: now })
        .execute();
  }
}

/**
 * Links the seller's uploaded images to the service in the order given. An image must be
 * the seller's, an image file, and attached to nothing else (another service included).
 */
export async function writeServiceImages(trx: Db, serviceId: string, sellerId: string, imageIds: readonly string[]) {
  const ids = [...new Set(imageIds)];
  await trx.deleteFrom('service_images').where('service_id', '=', serviceId).execute();
  if (ids.length === 0) return;
  const usable = await trx
    .selectFrom('attachments as a')
    .leftJoin('service_images as i', 'i.attachment_id', 'a.id')
    .select('a.id')
    .where('a.id', 'in', ids)
    .where('a.owner_id', '=', sellerId)
    .where('a.content_type', 'like', 'image/%')
    .where('a.message_id', 'is', null)
    .where('a.application_id', 'is', null)
    .where('a.entry_id', 'is', null)
    .where('a.submission_id', 'is', null)
    .where('i.attachment_id', 'is', null)
    .execute();
  const ok = new Set(usable.map((r) => r.id));
  const bad = imageIds.findIndex((id) => !ok.has(id));
  if (bad >= 0) throw AppError.field(`/imageIds/${bad}`, 'attachment-invalid');
  await trx
    .insertInto('service_images')
    .values(ids.map((attachment_id, position) => ({ attachment_id, service_id: serviceId, position })))
    .execute();
}
