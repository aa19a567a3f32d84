// Searches open postings: keywords (Japanese-aware, see domain/jobs/search.ts), kind,
// category, budget, tags and deadline; sorted by new, budget or deadline. The page is
// fetched directly; the total is counted only up to a cap, because counting tens of
// thousands of matches costs more than the page itself.
import { type SqlBool, sql } from 'kysely';
import { CATEGORY_TREE } from '../../../domain/jobs/categories';
import { likePattern, parseKeywords } from '../../../domain/jobs/search';
import type { JobSearchQuery } from '../../../shared/api/jobs';
import { notBlockedWith } from '../../blocks/filter';
import type { Db } from '../../db/database';
import { type JobWithClient, selectJobsWithClient } from '../../db/repositories/jobs';
import { notSuspended } from '../../moderation/suspended';

export const COUNT_CAP = 1000;

/**
 * The postings a search matches, unsorted: the search itself, and a saved search asking
 * whether one new posting matches it (the same query narrowed to that id).
 *
 * `dense`: the terms match more postings than the count cap. Then walking the sort
 * order and testing each row with LIKE finds a page at once, while collecting every
 * match through the token index and sorting them costs tens of milliseconds. The
 * planner cannot tell the cases apart (token frequencies are correlated), so the capped
 * count decides, and the token condition is left out for dense searches (LIKE alone is
 * exact).
 */
export function jobSearchFilter(
  db: Db,
  query: Omit<JobSearchQuery, 'sort' | 'page' | 'perPage'>,
  dense = false,
  viewerId: string | null = null,
  /** Leaves out the postings of clients suspended at this time (search; a saved search's match needs not). */
  now: Date | null = null,
) {
  const keywords = parseKeywords(query.q ?? '');
  const tags = (query.tags ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const categories = query.category
    ? query.category in CATEGORY_TREE
      ? Object.keys(CATEGORY_TREE[query.category]?.children ?? {})
      : [query.category]
    : null;
  let q = db.selectFrom('jobs as j').where('j.status', '=', 'open');
  if (keywords.tokens.length > 0 && !dense) q = q.where(sql<SqlBool>`j.search_tokens @> ${sql.val(keywords.tokens)}::text[]`);
  for (const term of keywords.terms)
    q = q.where(
      term.pattern
        ? sql<SqlBool>`j.search_text ~ ${term.pattern}`
        : sql<SqlBool>`j.search_text like ${likePattern(term.text)} escape '\\'`,
    );
  if (query.kind) q = q.where('j.kind', '=', query.kind);
  if (categories) q = q.where('j.category', 'in', categories.length > 0 ? categories : ['']);
  if (query.budgetMin !== undefined) q = q.where('j.budget_sort', '>=', query.budgetMin);
  if (query.budgetMax !== undefined) q = q.where(sql<SqlBool>`coalesce(j.budget_min, j.budget_sort) <= ${query.budgetMax}`);
  if (tags.length > 0) q = q.where(sql<SqlBool>`j.tags @> ${sql.val(tags)}::text[]`);
  if (query.deadlineBefore) q = q.where('j.deadline', '<=', new Date(`${query.deadlineBefore}T23:59:59.999+09:00`));
  // A viewer does not see the postings of a member they blocked, or who blocked them.
  if (viewerId) q = q.where(notBlockedWith(viewerId, 'j.client_id'));
  if (now) q = q.where(notSuspended('j.client_id', now));
  return q;
}

export async function searchJobs(
  db: Db,
  query: JobSearchQuery,
  viewerId: string | null = null,
  now: Date | null = null,
): Promise<{ items: JobWithClient[]; total: number; totalCapped: boolean }> {
  const filtered = (dense = false) => jobSearchFilter(db, query, dense, viewerId, now);

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

  // The page is chosen on jobs alone; only its rows are joined with their clients.
  let ids = filtered(n > COUNT_CAP).select('j.id');
  if (query.sort === 'budget') ids = ids.orderBy('j.budget_sort', 'desc').orderBy('j.published_at', 'desc');
  else if (query.sort === 'deadline') ids = ids.orderBy('j.deadline', 'asc');
  else ids = ids.orderBy('j.published_at', 'desc');
  const pageIds =
    n === 0
      ? []
      : (
          await ids
            .orderBy('j.id')
            .limit(query.perPage)
            .offset((query.page - 1) * query.perPage)
            .execute()
        ).map((r) => r.id);
  const rows =
    pageIds.length > 0 ? ((await selectJobsWithClient(db).where('j.id', 'in', pageIds).execute()) as JobWithClient[]) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = pageIds.map((id) => byId.get(id)).filter((r): r is JobWithClient => r !== undefined);
  return { items, total: Math.min(n, COUNT_CAP), totalCapped: n > COUNT_CAP };
}
