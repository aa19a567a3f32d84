// Logs out this device only. Withdrawal is a different thing and lives elsewhere.
import { revokeSession } from '../../db/repositories/sessions';
import type { Deps } from '../../deps';

export async function logOut(deps: Deps, input: { userId: string; sessionId: string }): Promise<void> {
  await revokeSession(deps.db, input.userId, input.sessionId, deps.clock());
}
