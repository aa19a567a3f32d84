// 人材を探す: members who work, found by keyword (the job search's tokens and re-check, on
// the profile's search text), skill, category of completed work, prefecture and 在宅のみ;
// sorted by rating, completed contracts or newest. Each card carries its rating (revealed
// reviews received as a worker) and completed contracts as worker.
import { type SqlBool, sql } from 'kysely';
import { skillKey, type WorkerAction, workerActions } from '../../../domain/discovery/workers';
import { CATEGORY_TREE } from '../../../domain/jobs/categories';
import { likePattern, parseKeywords } from '../../../domain/jobs/search';
import type { WorkerSearchQuery } from '../../../shared/api/discovery';
import { notBlockedWith } from '../../blocks/filter';
import type { Db } from '../../db/database';
import { selectWorkerRows, type WorkerRow } from '../../discovery/worker-rows';

export interface SearchWorkersInput {
  query: WorkerSearchQuery;
  viewer: { id: string; active: boolean } | null;
}

export async function searchWorkers(
  db: Db,
  input: SearchWorkersInput,
): Promise<{ items: (WorkerRow & { actions: WorkerAction[] })[]; total: number }> {
  const { query } = input;
  const keywords = parseKeywords(query.q ?? '');
  const categories = query.category
    ? query.category in CATEGORY_TREE
      ? Object.keys(CATEGORY_TREE[query.category]?.children ?? {})
      : [query.category]
    : null;
  const skill = query.skill ? skillKey(query.skill) : '';

  const filtered = () => {
    let q = selectWorkerRows(db);
    if (keywords.tokens.length > 0) q = q.where(sql<SqlBool>`p.search_tokens @> ${sql.val(keywords.tokens)}::text[]`);
    for (const term of keywords.terms)
      q = q.where(
        term.pattern
          ? sql<SqlBool>`p.search_text ~ ${term.pattern}`
          : sql<SqlBool>`p.search_text like ${likePattern(term.text)} escape '\\'`,
      );
    if (skill) q = q.where(sql<SqlBool>`p.search_skills @> array[${skill}]::text[]`);
    if (categories)
      q = q.where(
        sql<SqlBool>`exists (select 1 from contracts k join jobs j on j.id = k.job_id
          where k.worker_id = u.id and k.status = 'completed'
            and j.category = any(${sql.val(categories.length > 0 ? categories : [''])}::text[]))`,
      );
    if (query.prefecture) q = q.where('p.prefecture', '=', query.prefecture);
    if (query.homeOnly === 'true') q = q.where('p.home_only', '=', true);
    // Members the viewer blocked, or who blocked the viewer, are not listed.
    if (input.viewer) q = q.where(notBlockedWith(input.viewer.id, 'u.id'));
    return q;
  };

  const counted = await db
    .selectFrom(filtered().as('m'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const total = Number(counted.n);
  if (total === 0) return { items: [], total };

  let ordered = filtered();
  if (query.sort === 'completed')
    ordered = ordered.orderBy('completed_as_worker', 'desc').orderBy(sql`rating_average desc nulls last`);
  else if (query.sort === 'new') ordered = ordered.orderBy('u.created_at', 'desc');
  else
    ordered = ordered
      .orderBy(sql`rating_average desc nulls last`)
      .orderBy('rating_count', 'desc')
      .orderBy('completed_as_worker', 'desc');
  const rows = await ordered
    .orderBy('u.id')
    .limit(query.perPage)
    .offset((query.page - 1) * query.perPage)
    .execute();
  return { items: rows.map((r) => ({ ...r, actions: workerActions(input.viewer, r.id) })), total };
}
