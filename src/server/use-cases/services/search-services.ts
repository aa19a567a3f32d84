// Searches the services buyers can see (published and paused, of active sellers):
// keywords with the job search's guarantees (domain/jobs/search.ts: every character and
// pair indexed, so one- and two-character words, full/half width and kana variants are
// found, and the database re-checks each term), category or parent category, price of
// the cheapest package, delivery days and rating; sorted by new, rating, price or
// popularity. As for jobs, the total is counted up to a cap and a search matching more
// than that walks the sort order with the exact check alone.
import { type SqlBool, sql } from 'kysely';
import { CATEGORY_TREE } from '../../../domain/jobs/categories';
import { likePattern, parseKeywords } from '../../../domain/jobs/search';
import { PUBLIC_SERVICE_STATUSES } from '../../../domain/services/process';
import type { ServiceSearchQuery } from '../../../shared/api/services';
import { notBlockedWith } from '../../blocks/filter';
import type { Db } from '../../db/database';
import { type ServiceWithSeller, servicesByIds } from '../../db/repositories/services';
import { notSuspended } from '../../moderation/suspended';

export const COUNT_CAP = 1000;
export const PAGE_SIZE = 20;

/**
 * The services a search matches, unsorted: the search itself, and a saved search asking
 * whether one newly published service matches it (the same query narrowed to that id).
 * `dense`: as for jobs, the token condition is left out when the count passed the cap.
 */
export function serviceSearchFilter(
  db: Db,
  query: Omit<ServiceSearchQuery, 'sort' | 'page'>,
  dense = false,
  viewerId: string | null = null,
  /** Leaves out the services of sellers suspended at this time (search; a saved search's match needs not). */
  now: Date | null = null,
) {
  const keywords = parseKeywords(query.q ?? '');
  const categories = query.category
    ? query.category in CATEGORY_TREE
      ? Object.keys(CATEGORY_TREE[query.category]?.children ?? {})
      : [query.category]
    : null;
  let q = db
    .selectFrom('services as s')
    .where('s.status', 'in', PUBLIC_SERVICE_STATUSES)
    // The seller's state, kept on the row by the database (migration 0030).
    .where('s.seller_active', '=', true);
  if (keywords.tokens.length > 0 && !dense) q = q.where(sql<SqlBool>`s.search_tokens @> ${sql.val(keywords.tokens)}::text[]`);
  for (const term of keywords.terms)
    q = q.where(
      term.pattern
        ? sql<SqlBool>`s.search_text ~ ${term.pattern}`
        : sql<SqlBool>`s.search_text like ${likePattern(term.text)} escape '\\'`,
    );
  if (categories) q = q.where('s.category', 'in', categories.length > 0 ? categories : ['']);
  if (query.minPrice !== undefined) q = q.where('s.price_from', '>=', query.minPrice);
  if (query.maxPrice !== undefined) q = q.where('s.price_from', '<=', query.maxPrice);
  if (query.maxDays !== undefined) q = q.where('s.delivery_days_from', '<=', query.maxDays);
  if (query.minRating !== undefined) q = q.where(sql<SqlBool>`s.rating_average >= ${query.minRating}`);
  // A viewer does not see the services of a member they blocked, or who blocked them.
  if (viewerId) q = q.where(notBlockedWith(viewerId, 's.seller_id'));
  if (now) q = q.where(notSuspended('s.seller_id', now));
  return q;
}

export async function searchServices(
  db: Db,
  query: ServiceSearchQuery,
  viewerId: string | null = null,
  now: Date | null = null,
): Promise<{ items: ServiceWithSeller[]; total: number; totalCapped: boolean }> {
  const filtered = (dense = false) => serviceSearchFilter(db, query, dense, viewerId, now);

  const counted = await db
    .selectFrom(
      filtered()
        .select(sql`1`.as('one'))
        .limit(COUNT_CAP + 1)
        .as('m'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const n = Number(counted.n);
  if (n === 0) return { items: [], total: 0, totalCapped: false };

  let ids = filtered(n > COUNT_CAP).select('s.id');
  if (query.sort === 'rating')
    ids = ids.orderBy(sql`s.rating_average desc nulls last`).orderBy('s.rating_count', 'desc').orderBy('s.published_at', 'desc');
  else if (query.sort === 'price') ids = ids.orderBy('s.price_from', 'asc').orderBy('s.published_at', 'desc');
  else if (query.sort === 'popular') ids = ids.orderBy('s.orders_completed', 'desc').orderBy('s.published_at', 'desc');
  else ids = ids.orderBy('s.published_at', 'desc');
  const page = await ids
    .orderBy('s.id')
    .limit(PAGE_SIZE)
    .offset((query.page - 1) * PAGE_SIZE)
    .execute();
  const items = await servicesByIds(
    db,
    page.map((r) => r.id),
  );
  return { items, total: Math.min(n, COUNT_CAP), totalCapped: n > COUNT_CAP };
}
