// The revealed buyer reviews of a service's orders, newest first, with the seller's answers.
import { sql } from 'kysely';
import { AppError } from '../../../domain/errors';
import { canViewService } from '../../../domain/policies/services';
import type { Db } from '../../db/database';

export const SERVICE_REVIEWS_PAGE_SIZE = 20;

export interface ListServiceReviewsInput {
  serviceId: string;
  viewerId: string | null;
  page: number;
}

export async function listServiceReviews(db: Db, input: ListServiceReviewsInput) {
  const service = await db
    .selectFrom('services as s')
    .innerJoin('users as u', 'u.id', 's.seller_id')
    .select(['s.id', 's.seller_id', 's.status', 'u.status as seller_status'])
    .where('s.id', '=', input.serviceId)
    .executeTakeFirst();
  if (!service) throw new AppError('not-found');
  const state = { sellerId: service.seller_id, status: service.status, sellerActive: service.seller_status === 'active' };
  if (!canViewService(state, input.viewerId)) throw new AppError('not-found');

  const base = db
    .selectFrom('reviews as r')
    .innerJoin('contracts as k', 'k.id', 'r.contract_id')
    .innerJoin('service_orders as o', 'o.id', 'k.service_order_id')
    .where('o.service_id', '=', service.id)
    .where('r.reviewer_role', '=', 'client')
    .where('k.reviews_revealed_at', 'is not', null)
    .where('r.hidden_at', 'is', null);
  const [rows, total] = await Promise.all([
    base
      .innerJoin('users as b', 'b.id', 'r.reviewer_id')
      .select([
        'r.id',
        'r.skill',
        'r.quality',
        'r.schedule',
        'r.communication',
        'r.partnership',
        'r.comment',
        'r.created_at',
        'r.answer',
        'r.answered_at',
        'o.package_name',
        'b.username',
        'b.display_name',
        'b.status',
      ])
      .orderBy('r.created_at', 'desc')
      .orderBy('r.id')
      .limit(SERVICE_REVIEWS_PAGE_SIZE)
      .offset((input.page - 1) * SERVICE_REVIEWS_PAGE_SIZE)
      .execute(),
    base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n), page: input.page, pageSize: SERVICE_REVIEWS_PAGE_SIZE };
}
