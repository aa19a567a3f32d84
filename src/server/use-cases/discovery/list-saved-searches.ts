// 保存した検索条件: the member's saved searches, oldest first (the order they were made).
import type { Db } from '../../db/database';
import { type SavedSearchRow, selectSavedSearches } from '../../discovery/saved-search-rows';

export async function listSavedSearches(db: Db, userId: string): Promise<SavedSearchRow[]> {
  const rows = await selectSavedSearches(db, userId).orderBy('ss.created_at').orderBy('ss.id').execute();
  return rows.map((r) => ({ ...r, matches: Number(r.matches ?? 0) }));
}
