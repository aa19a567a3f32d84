// Renames a saved search or turns its notices on or off. Another member's search, or an
// id that is no search, is 404.
import { AppError } from '../../../domain/errors';
import type { SavedSearchPatch } from '../../../shared/api/saved-searches';
import type { Deps } from '../../deps';
import { findSavedSearch, type SavedSearchRow } from '../../discovery/saved-search-rows';
import { isUuid } from '../../discovery/uuid';

export interface UpdateSavedSearchInput {
  userId: string;
  id: string;
  patch: SavedSearchPatch;
}

export async function updateSavedSearch(deps: Deps, input: UpdateSavedSearchInput): Promise<SavedSearchRow> {
  if (!isUuid(input.id)) throw new AppError('not-found');
  const now = deps.clock();
  const { name, notify } = input.patch;
  const updated = await deps.db
    .updateTable('saved_searches')
    .set({ updated_at: now, ...(name !== undefined ? { name } : {}), ...(notify !== undefined ? { notify } : {}) })
    .where('id', '=', input.id)
    .where('user_id', '=', input.userId)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) throw new AppError('not-found');
  const row = await findSavedSearch(deps.db, input.userId, input.id);
  if (!row) throw new AppError('not-found');
  return row;
}
