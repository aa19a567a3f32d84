import { CAN_LOG_IN } from '../../../domain/accounts/process';
import { issueAuthToken } from '../../db/repositories/auth-tokens';
import { enqueueMail } from '../../db/repositories/outbox';
import { findUserById } from '../../db/repositories/users';
import type { Deps } from '../../deps';

export const RESET_PASSWORD_TTL_MINUTES = 60;

/** The queue task: the link goes to the account's address of the moment, if it may log in. */
export async function sendPasswordReset(deps: Deps, userId: string | null, now: Date): Promise<void> {
  if (!userId) return;
  await deps.db.transaction().execute(async (trx) => {
    const user = await findUserById(trx, userId);
    if (!user?.email || !CAN_LOG_IN.includes(user.status)) return;
    const token = await issueAuthToken(trx, {
      userId: user.id,
      kind: 'reset_password',
      now,
      ttlMinutes: RESET_PASSWORD_TTL_MINUTES,
    });
    await enqueueMail(trx, {
      now,
      to: user.email,
      userId: user.id,
      template: 'reset_password',
      vars: { link: `${deps.config.publicUrl}/reset-password?token=${token}`, minutes: RESET_PASSWORD_TTL_MINUTES },
    });
  });
}
