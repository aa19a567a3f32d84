// Sets a new password from a reset link. Every session ends, and since the link proves
// control of the mailbox, the email counts as verified and the login lock is lifted.
import { CAN_LOG_IN } from '../../../domain/accounts/process';
import { AppError } from '../../../domain/errors';
import { consumeAuthToken } from '../../db/repositories/auth-tokens';
import { enqueueMail } from '../../db/repositories/outbox';
import { revokeAllSessions } from '../../db/repositories/sessions';
import { findUserById } from '../../db/repositories/users';
import type { Deps } from '../../deps';
import { assertAcceptablePassword, hashPassword } from '../../security/passwords';
import { hmac } from '../../security/tokens';

export interface ResetPasswordInput {
  token: string;
  password: string;
}

export async function resetPassword(deps: Deps, input: ResetPasswordInput): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const { user_id } = await consumeAuthToken(trx, input.token, 'reset_password', now);
    const user = await findUserById(trx, user_id);
    if (!user?.email || !CAN_LOG_IN.includes(user.status)) throw new AppError('token-invalid');
    assertAcceptablePassword(input.password, '/password', { email: user.email, username: user.username });
    await trx
      .updateTable('users')
      .set((eb) => ({
        password_hash: passwordHash,
        updated_at: now,
        email_verified_at: eb.fn.coalesce('email_verified_at', eb.val(now)),
      }))
      .where('id', '=', user_id)
      .execute();
    await revokeAllSessions(trx, user_id, now);
    await trx
      .deleteFrom('login_throttles')
      .where('key', '=', hmac(deps.config.secret, 'login-throttle', user.email))
      .execute();
    await enqueueMail(trx, {
      now,
      to: user.email,
      userId: user.id,
      template: 'password_changed',
      vars: { displayName: user.display_name ?? '' },
    });
  });
}
