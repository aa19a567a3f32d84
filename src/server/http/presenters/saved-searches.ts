// Saved searches' answers: each with the search page's address of its query.
import { type SavedSearch, savedSearchPath } from '../../../shared/api/saved-searches';
import type { SavedSearchRow } from '../../discovery/saved-search-rows';

export function presentSavedSearch(row: SavedSearchRow): SavedSearch {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    query: row.query,
    path: savedSearchPath(row.kind, row.query),
    notify: row.notify,
    matches: row.matches,
    createdAt: row.created_at.toISOString(),
  };
}
