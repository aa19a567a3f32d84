// Deletes a saved search with what matched it. Another member's search is 404.
import { AppError } from '../../../domain/errors';
import type { Deps } from '../../deps';
import { isUuid } from '../../discovery/uuid';

export async function deleteSavedSearch(deps: Deps, input: { userId: string; id: string }): Promise<void> {
  if (!isUuid(input.id)) throw new AppError('not-found');
  const deleted = await deps.db
    .deleteFrom('saved_searches')
    .where('id', '=', input.id)
    .where('user_id', '=', input.userId)
    .executeTakeFirst();
  if (deleted.numDeletedRows === 0n) throw new AppError('not-found');
}
