// The display name may change at any time; the username never does.
import { normaliseDisplayName } from '../../../domain/accounts/display-name';
import { findUserById, type UserRow } from '../../db/repositories/users';
import type { Deps } from '../../deps';
import { refreshWorkerIndex } from '../../discovery/worker-index';

export interface UpdateDisplayNameInput {
  userId: string;
  displayName: string;
}

export async function updateDisplayName(deps: Deps, input: UpdateDisplayNameInput): Promise<UserRow> {
  const now = deps.clock();
  await deps.db
    .updateTable('users')
    .set({ display_name: normaliseDisplayName(input.displayName), updated_at: now })
    .where('id', '=', input.userId)
    .where('status', '=', 'active')
    .execute();
  await refreshWorkerIndex(deps.db, input.userId);
  const user = await findUserById(deps.db, input.userId);
  if (!user) throw new Error('user vanished');
  return user;
}
