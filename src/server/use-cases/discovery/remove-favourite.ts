// お気に入りから外す: removing one that is not there is the same as removing it.
import type { FavouriteKind } from '../../../domain/discovery/favourites';
import type { Deps } from '../../deps';
import { favouriteTarget } from '../../discovery/favourite-target';

export interface RemoveFavouriteInput {
  userId: string;
  kind: FavouriteKind;
  id: string;
}

export async function removeFavourite(deps: Deps, input: RemoveFavouriteInput): Promise<void> {
  const targetId = await favouriteTarget(deps.db, input.kind, input.id);
  await deps.db
    .deleteFrom('favourites')
    .where('user_id', '=', input.userId)
    .where('kind', '=', input.kind)
    .where('target_id', '=', targetId)
    .execute();
}
