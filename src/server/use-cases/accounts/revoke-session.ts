// Logs out one of the user's devices. Another user's session id is "not found".
import { AppError } from '../../../domain/errors';
import { revokeSession as revoke } from '../../db/repositories/sessions';
import type { Deps } from '../../deps';

export interface RevokeDeviceSessionInput {
  userId: string;
  sessionId: string;
}

export async function revokeDeviceSession(deps: Deps, input: RevokeDeviceSessionInput): Promise<void> {
  if (!(await revoke(deps.db, input.userId, input.sessionId, deps.clock()))) throw new AppError('session-not-found');
}
