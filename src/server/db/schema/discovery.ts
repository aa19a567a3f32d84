// The tables of discovery: favourites (the profile's search columns are in accounts.ts).
import type { FavouriteKind } from '../../../domain/discovery/favourites';
import type { Timestamp } from './columns';

export interface FavouritesTable {
  user_id: string;
  kind: FavouriteKind;
  target_id: string;
  created_at: Timestamp;
}
