// Switches the account to the new address from the confirmation link, and tells the
// old address that it happened.
import { AppError } from '../../../domain/errors';
import { isUniqueViolation } from '../../db/errors';
import { consumeAuthToken } from '../../db/repositories/auth-tokens';
import { enqueueMail } from '../../db/repositories/outbox';
import { findUserById } from '../../db/repositories/users';
import type { Deps } from '../../deps';
import { flagFormerMember } from '../../flags/former-members';

export async function confirmEmailChange(deps: Deps, token: string): Promise<void> {
  const now = deps.clock();
  try {
    await deps.db.transaction().execute(async (trx) => {
      const { user_id, new_email } = await consumeAuthToken(trx, token, 'change_email', now);
      const user = await findUserById(trx, user_id);
      if (!user?.email || !new_email || user.status !== 'active') throw new AppError('token-invalid');
      await trx
        .updateTable('users')
        .set({ email: new_email, email_verified_at: now, updated_at: now })
        .where('id', '=', user_id)
        .execute();
      await flagFormerMember(trx, deps, user_id, new_email, now);
      await enqueueMail(trx, {
        now,
        to: user.email,
        userId: user.id,
        template: 'email_changed',
        vars: { displayName: user.display_name ?? '' },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_key')) throw new AppError('token-invalid');
    throw error;
  }
}
