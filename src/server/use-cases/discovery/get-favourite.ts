// Whether a posting or a member is among the member's favourites (the heart's state).
import type { FavouriteKind } from '../../../domain/discovery/favourites';
import type { Db } from '../../db/database';
import { favouriteTarget } from '../../discovery/favourite-target';

export interface GetFavouriteInput {
  userId: string;
  kind: FavouriteKind;
  id: string;
}

export async function getFavourite(db: Db, input: GetFavouriteInput): Promise<boolean> {
  const targetId = await favouriteTarget(db, input.kind, input.id);
  const row = await db
    .selectFrom('favourites')
    .select('target_id')
    .where('user_id', '=', input.userId)
    .where('kind', '=', input.kind)
    .where('target_id', '=', targetId)
    .executeTakeFirst();
  return row !== undefined;
}
