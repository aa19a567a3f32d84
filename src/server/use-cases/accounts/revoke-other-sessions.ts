// "Log out everywhere else": ends every session of the user but the current one.
import { revokeAllSessions } from '../../db/repositories/sessions';
import type { Deps } from '../../deps';

export interface RevokeOtherSessionsInput {
  userId: string;
  currentSessionId: string;
}

export async function revokeOtherSessions(deps: Deps, input: RevokeOtherSessionsInput): Promise<number> {
  return revokeAllSessions(deps.db, input.userId, deps.clock(), input.currentSessionId);
}
