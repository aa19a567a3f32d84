// One service with its packages, options, images and its seller's rating. Drafts and
// hidden services exist only for their seller.
import { sql } from 'kysely';
import { AppError } from '../../../domain/errors';
import { canViewService } from '../../../domain/policies/services';
import type { Db } from '../../db/database';
import { findServiceWithSeller, type ServiceParts, type ServiceWithSeller, servicePartsOf } from '../../db/repositories/services';
import { isSuspended } from '../../moderation/suspended';

export interface GetServiceInput {
  serviceId: string;
  viewerId: string | null;
  now: Date;
}

export interface ServiceView {
  service: ServiceWithSeller;
  parts: ServiceParts;
  sellerRating: { average: number | null; count: number };
}

export async function getService(db: Db, input: GetServiceInput): Promise<ServiceView> {
  const found = await findServiceWithSeller(db, input.serviceId);
  if (!found) throw new AppError('not-found');
  // To anyone but the seller, a suspended seller's service is as one of a seller not active.
  const suspended = found.seller_id !== input.viewerId && (await isSuspended(db, found.seller_id, input.now));
  const service: ServiceWithSeller = suspended ? { ...found, seller_status: 'suspended' } : found;
  const state = { sellerId: service.seller_id, status: service.status, sellerActive: service.seller_status === 'active' };
  if (!canViewService(state, input.viewerId)) throw new AppError('not-found');
  const [parts, sellerRating] = await Promise.all([servicePartsOf(db, [service.id]), sellerRatingOf(db, service.seller_id)]);
  return { service, parts, sellerRating };
}

/** The seller's revealed reviews as a worker or seller: the mean of the five items, to one decimal. */
async function sellerRatingOf(db: Db, sellerId: string) {
  const row = await db
    .selectFrom('reviews as r')
    .innerJoin('contracts as k', 'k.id', 'r.contract_id')
    .select([
      sql<number>`count(*)::int`.as('n'),
      sql<string | null>`avg((r.skill + r.quality + r.schedule + r.communication + r.partnership) / 5.0)`.as('average'),
    ])
    .where('r.reviewee_id', '=', sellerId)
    .where('k.reviews_revealed_at', 'is not', null)
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), average: row.average === null ? null : Math.round(Number(row.average) * 10) / 10 };
}
