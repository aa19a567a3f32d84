// この条件を保存: a member keeps the job or service search they are looking at. The query
// arrives checked by the search endpoint's own schema and is stored normalised; a search
// with no words and no filter would match everything and is refused, and a member keeps
// at most SAVED_SEARCH_LIMITS.perMember. The account row is locked FOR UPDATE, so two
// saves at once cannot both pass the limit (nor save the same conditions twice), and a
// withdrawn member saves nothing.
import { sql } from 'kysely';
import { SAVED_SEARCH_LIMITS } from '../../../domain/discovery/saved-searches';
import { AppError } from '../../../domain/errors';
import {
  narrowsSearch,
  normaliseJobQuery,
  normaliseServiceQuery,
  type SavedSearchInput,
} from '../../../shared/api/saved-searches';
import { assertActive, lockAccountRow } from '../../db/account-lock';
import type { Deps } from '../../deps';
import { findSavedSearch, type SavedSearchRow } from '../../discovery/saved-search-rows';

export interface SaveSearchInput {
  userId: string;
  search: SavedSearchInput;
}

export async function saveSearch(deps: Deps, input: SaveSearchInput): Promise<SavedSearchRow> {
  const now = deps.clock();
  const { search } = input;
  const query = search.kind === 'job' ? normaliseJobQuery(search.query) : normaliseServiceQuery(search.query);
  if (!narrowsSearch(query)) throw new AppError('saved-search-empty');
  return deps.db.transaction().execute(async (trx) => {
    assertActive(await lockAccountRow(trx, input.userId));
    const kept = await trx
      .selectFrom('saved_searches')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', input.userId)
      .executeTakeFirstOrThrow();
    if (Number(kept.n) >= SAVED_SEARCH_LIMITS.perMember) throw new AppError('saved-search-limit');
    // The same conditions twice would only send the same notices twice.
    const same = await trx
      .selectFrom('saved_searches')
      .select('id')
      .where('user_id', '=', input.userId)
      .where('kind', '=', search.kind)
      .where('query', '=', sql<Record<string, string | number>>`${JSON.stringify(query)}::jsonb`)
      .executeTakeFirst();
    if (same) throw new AppError('saved-search-duplicate');
    const row = await trx
      .insertInto('saved_searches')
      .values({
        user_id: input.userId,
        kind: search.kind,
        name: search.name,
        query: JSON.stringify(query),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const saved = await findSavedSearch(trx, input.userId, row.id);
    if (!saved) throw new Error('saved search vanished');
    return saved;
  });
}
