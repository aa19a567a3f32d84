// A service's rating: its revealed buyer reviews (the review of an order is the review of
// the service), kept on the service row for its page, its card, the rating filter and sort.
import { sql } from 'kysely';
import type { Db } from '../db/database';
import { lockServiceRow } from '../db/repositories/locks';

/** Tests turn the service row lock off (a negative control) and widen the window between count and write. */
export const ratingGuards = { enabled: true, delayMs: 0 };

/**
 * Recounts the rating of the service a contract's order bought, in the caller's
 * transaction; nothing for a job's contract. The service row is locked first, so two
 * reveals of the same service's orders count one after the other and each sees the other.
 */
export async function refreshServiceRating(trx: Db, contractId: string): Promise<void> {
  const order = await trx
    .selectFrom('contracts as k')
    .innerJoin('service_orders as o', 'o.id', 'k.service_order_id')
    .select('o.service_id')
    .where('k.id', '=', contractId)
    .executeTakeFirst();
  if (!order) return;
  if (ratingGuards.enabled) await lockServiceRow(trx, order.service_id);
  const stats = await trx
    .selectFrom('reviews as r')
    .innerJoin('contracts as k', 'k.id', 'r.contract_id')
    .innerJoin('service_orders as o', 'o.id', 'k.service_order_id')
    .select([
      sql<number>`count(*)::int`.as('n'),
      sql<string | null>`round(avg((r.skill + r.quality + r.schedule + r.communication + r.partnership) / 5.0), 2)`.as('average'),
    ])
    .where('o.service_id', '=', order.service_id)
    .where('r.reviewer_role', '=', 'client')
    .where('k.reviews_revealed_at', 'is not', null)
    .executeTakeFirstOrThrow();
  if (ratingGuards.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, ratingGuards.delayMs));
  await trx
    .updateTable('services')
    .set({ rating_average: stats.average, rating_count: Number(stats.n) })
    .where('id', '=', order.service_id)
    .execute();
}
