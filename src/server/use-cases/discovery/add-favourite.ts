// お気に入りに追加: a member keeps a posting or another member. Adding twice is the same
// as once. The account is taken FOR SHARE first, so a favourite is never written after
// the member's withdrawal erased their favourites.
import type { FavouriteKind } from '../../../domain/discovery/favourites';
import { AppError } from '../../../domain/errors';
import { lockActiveAccount } from '../../db/account-lock';
import type { Deps } from '../../deps';
import { favouriteTarget } from '../../discovery/favourite-target';

export interface AddFavouriteInput {
  userId: string;
  kind: FavouriteKind;
  /** A posting's id or a member's username. */
  id: string;
}

export async function addFavourite(deps: Deps, input: AddFavouriteInput): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    await lockActiveAccount(trx, input.userId);
    const targetId = await favouriteTarget(trx, input.kind, input.id);
    if (input.kind === 'member' && targetId === input.userId) throw new AppError('favourite-self');
    await trx
      .insertInto('favourites')
      .values({ user_id: input.userId, kind: input.kind, target_id: targetId, created_at: now })
      .onConflict((oc) => oc.columns(['user_id', 'kind', 'target_id']).doNothing())
      .execute();
  });
}
