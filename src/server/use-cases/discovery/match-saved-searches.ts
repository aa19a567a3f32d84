// A posting or service was published: which saved searches does it match? Each saved
// search of that kind whose owner is active, has notices on and is not the item's owner is
// run as the search itself (the search's own filter, narrowed to this item's id), so a
// saved search matches exactly what the search page would list. Each match is recorded
// once (its key is the search and the item) and told in-app once: a retried or repeated
// task, or the item published again, finds the match recorded and tells nobody. Mail
// comes with the daily digest (send-saved-search-digests.ts).
import type { SavedSearchKind } from '../../../domain/discovery/saved-searches';
import { JobSearchQuery } from '../../../shared/api/jobs';
import { ServiceSearchQuery } from '../../../shared/api/services';
import type { Db } from '../../db/database';
import type { Deps } from '../../deps';
import { notifyMany } from '../../notifications/notify';
import { jobSearchFilter } from '../jobs/search-jobs';
import { serviceSearchFilter } from '../services/search-services';

export interface MatchSavedSearchesInput {
  kind: SavedSearchKind;
  /** The posting's or service's id. */
  id: string;
}

/** Whether the item is among a stored query's results (false for a query the schema no longer takes). */
async function matches(db: Db, input: MatchSavedSearchesInput, query: unknown): Promise<boolean> {
  if (input.kind === 'job') {
    const parsed = JobSearchQuery.safeParse(query);
    if (!parsed.success) return false;
    const row = await jobSearchFilter(db, parsed.data).where('j.id', '=', input.id).select('j.id').executeTakeFirst();
    return row !== undefined;
  }
  const parsed = ServiceSearchQuery.safeParse(query);
  if (!parsed.success) return false;
  const row = await serviceSearchFilter(db, parsed.data).where('s.id', '=', input.id).select('s.id').executeTakeFirst();
  return row !== undefined;
}

async function itemOf(db: Db, input: MatchSavedSearchesInput) {
  return input.kind === 'job'
    ? db.selectFrom('jobs').select(['id', 'title', 'client_id as owner_id']).where('id', '=', input.id).executeTakeFirst()
    : db.selectFrom('services').select(['id', 'title', 'seller_id as owner_id']).where('id', '=', input.id).executeTakeFirst();
}

/** Returns how many saved searches the item newly matched. */
export async function matchSavedSearches(deps: Deps, input: MatchSavedSearchesInput, now: Date): Promise<number> {
  const item = await itemOf(deps.db, input);
  if (!item) return 0;
  const candidates = await deps.db
    .selectFrom('saved_searches as ss')
    .innerJoin('users as u', 'u.id', 'ss.user_id')
    .select(['ss.id', 'ss.user_id', 'ss.name', 'ss.query'])
    .where('ss.kind', '=', input.kind)
    .where('ss.notify', '=', true)
    .where('u.status', '=', 'active')
    .where('ss.user_id', '<>', item.owner_id)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('saved_search_matches as m')
            .select('m.target_id')
            .whereRef('m.saved_search_id', '=', 'ss.id')
            .where('m.target_id', '=', item.id),
        ),
      ),
    )
    .orderBy('ss.id')
    .execute();
  const matched: typeof candidates = [];
  for (const c of candidates) if (await matches(deps.db, input, c.query)) matched.push(c);
  if (matched.length === 0) return 0;

  return deps.db.transaction().execute(async (trx) => {
    // Only the rows this run writes are told: another run that got there first wrote the rest.
    const written = await trx
      .insertInto('saved_search_matches')
      .values(matched.map((c) => ({ saved_search_id: c.id, target_id: item.id, user_id: c.user_id, matched_at: now })))
      .onConflict((oc) => oc.columns(['saved_search_id', 'target_id']).doNothing())
      .returning('saved_search_id')
      .execute();
    const fresh = new Set(written.map((w) => w.saved_search_id));
    await notifyMany(
      trx,
      deps.config.publicUrl,
      matched
        .filter((c) => fresh.has(c.id))
        .map((c) => ({
          userId: c.user_id,
          kind: 'saved_search.matched' as const,
          params: { searchName: c.name, itemKind: input.kind, itemTitle: item.title },
          link: input.kind === 'job' ? `/jobs/${item.id}` : `/services/${item.id}`,
          mail: false,
        })),
      now,
    );
    return fresh.size;
  });
}
