// Logs out this device only. Withdrawal is a different thing and lives elsewhere.
import { revokeSession } from '../../db/repositories/sessions';
import type { Deps } from '../../deps';

export interface LogOutInput {
  userId: string;
  sessionId: string;
}

export async function logOut(deps: Deps, input: LogOutInput): Promise<void> {
  await revokeSession(deps.db, input.userId, input.sessionId, deps.clock());
}
