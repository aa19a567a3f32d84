// The tables of discovery: favourites and saved searches (the profile's search columns are in accounts.ts).

import type { Generated } from 'kysely';
import type { FavouriteKind } from '../../../domain/discovery/favourites';
import type { SavedSearchKind } from '../../../domain/discovery/saved-searches';
import type { DateColumn, Int, Json, NullableTimestamp, Timestamp } from './columns';

export interface FavouritesTable {
  user_id: string;
  kind: FavouriteKind;
  target_id: string;
  created_at: Timestamp;
}

export interface SavedSearchesTable {
  id: Generated<string>;
  user_id: string;
  kind: SavedSearchKind;
  name: string;
  /** The search's parameters, normalised (shared/api/saved-searches.ts). */
  query: Json<Record<string, string | number>>;
  notify: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SavedSearchMatchesTable {
  saved_search_id: string;
  target_id: string;
  user_id: string;
  matched_at: Timestamp;
  digested_at: NullableTimestamp;
}

export interface SavedSearchDigestsTable {
  user_id: string;
  /** The Japan-time day (YYYY-MM-DD). */
  day: DateColumn;
  match_count: Int;
  sent_at: Timestamp;
}
