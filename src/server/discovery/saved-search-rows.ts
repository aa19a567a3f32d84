// A member's saved searches as their list shows them, with how many items matched each.
import type { SavedSearchKind } from '../../domain/discovery/saved-searches';
import type { Db } from '../db/database';

export interface SavedSearchRow {
  id: string;
  kind: SavedSearchKind;
  name: string;
  query: Record<string, string | number>;
  notify: boolean;
  created_at: Date;
  matches: number;
}

export function selectSavedSearches(db: Db, userId: string) {
  return db
    .selectFrom('saved_searches as ss')
    .select([
      'ss.id',
      'ss.kind',
      'ss.name',
      'ss.query',
      'ss.notify',
      'ss.created_at',
      (eb) =>
        eb
          .selectFrom('saved_search_matches as m')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('m.saved_search_id', '=', 'ss.id')
          .as('matches'),
    ])
    .where('ss.user_id', '=', userId);
}

export async function findSavedSearch(db: Db, userId: string, id: string): Promise<SavedSearchRow | undefined> {
  const row = await selectSavedSearches(db, userId).where('ss.id', '=', id).executeTakeFirst();
  return row ? { ...row, matches: Number(row.matches ?? 0) } : undefined;
}
