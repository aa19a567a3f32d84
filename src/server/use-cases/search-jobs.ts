// Searches open postings: keywords (Japanese-aware, see domain/jobs/search.ts), kind,
// category, budget, tags and deadline; sorted by new, budget or deadline. The page is
// fetched directly; the total is counted only up to a cap, because counting tens of
// thousands of matches costs more than the page itself.
import { type SqlBool, sql } from 'kysely';
import { CATEGORY_TREE } from '../../domain/jobs/categories';
import { likePattern, parseKeywords } from '../../domain/jobs/search';
import type { JobSearchQuery } from '../../shared/api/jobs';
import type { Db } from '../db/database';
import { type JobWithClient, selectJobsWithClient } from '../db/repositories/jobs';

export const COUNT_CAP = 1000;

export async function searchJobs(
  db: Db,
  query: JobSearchQuery,
): Promise<{ items: JobWithClient[]; total: number; totalCapped: boolean }> {
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

  let base = selectJobsWithClient(db).where('j.status', '=', 'open');
  if (keywords.tokens.length > 0) {
    base = base.where(sql<SqlBool>`j.search_tokens @> ${sql.val(keywords.tokens)}::text[]`);
  }
  for (const term of keywords.terms) base = base.where(sql<SqlBool>`j.search_text like ${likePattern(term)} escape '\\'`);
  if (query.kind) base = base.where('j.kind', '=', query.kind);
  if (categories) base = base.where('j.category', 'in', categories.length > 0 ? categories : ['']);
  if (query.budgetMin !== undefined) base = base.where('j.budget_sort', '>=', query.budgetMin);
  if (query.budgetMax !== undefined) base = base.where(sql<SqlBool>`coalesce(j.budget_min, j.budget_sort) <= ${query.budgetMax}`);
  if (tags.length > 0) base = base.where(sql<SqlBool>`j.tags @> ${sql.val(tags)}::text[]`);
  if (query.deadlineBefore) base = base.where('j.deadline', '<=', new Date(`${query.deadlineBefore}T23:59:59.999+09:00`));

  let page = base;
  if (query.sort === 'budget') page = page.orderBy('j.budget_sort', 'desc').orderBy('j.published_at', 'desc');
  else if (query.sort === 'deadline') page = page.orderBy('j.deadline', 'asc');
  else page = page.orderBy('j.published_at', 'desc');
  const items = (await page
    .orderBy('j.id')
    .limit(query.perPage)
    .offset((query.page - 1) * query.perPage)
    .execute()) as JobWithClient[];

  const counted = await db
    .selectFrom(
      base
        .clearSelect()
        .select(sql`1`.as('one'))
        .limit(COUNT_CAP + 1)
        .as('m'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const n = Number(counted.n);
  return { items, total: Math.min(n, COUNT_CAP), totalCapped: n > COUNT_CAP };
}
