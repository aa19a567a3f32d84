// Changes the password of a logged-in user; the other devices are logged out.
import { AppError } from '../../../domain/errors';
import { enqueueMail } from '../../db/repositories/outbox';
import { revokeAllSessions } from '../../db/repositories/sessions';
import { findUserById } from '../../db/repositories/users';
import type { Deps } from '../../deps';
import { type PasswordAttempt, verifyPasswordAgain } from '../../security/password-throttle';
import { assertAcceptablePassword, hashPassword } from '../../security/passwords';

export interface ChangePasswordInput {
  userId: string;
  sessionId: string;
  currentPassword: string;
  newPassword: string;
  attempt: PasswordAttempt;
}

export async function changePassword(deps: Deps, input: ChangePasswordInput): Promise<void> {
  const user = await findUserById(deps.db, input.userId);
  if (!user?.email) throw new AppError('unauthenticated');
  await verifyPasswordAgain(deps, {
    userId: user.id,
    password: input.currentPassword,
    attempt: input.attempt,
    pointer: '/currentPassword',
  });
  if (input.newPassword === input.currentPassword) throw AppError.field('/newPassword', 'password-unchanged');
  assertAcceptablePassword(input.newPassword, '/newPassword', { email: user.email, username: user.username });
  const passwordHash = await hashPassword(input.newPassword);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: passwordHash, updated_at: now }).where('id', '=', user.id).execute();
    await revokeAllSessions(trx, user.id, now, input.sessionId);
    await enqueueMail(trx, {
      now,
      to: user.email as string,
      userId: user.id,
      template: 'password_changed',
      vars: { displayName: user.display_name ?? '' },
    });
  });
}
