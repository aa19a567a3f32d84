// Starts an email change: re-authenticates with the password, then mails a confirmation
// link to the new address. The address changes only when that link is opened. An address
// another account uses gets a notice instead, and the answer is the same.
import { normaliseEmail } from '../../../domain/accounts/email';
import { AppError } from '../../../domain/errors';
import { issueAuthToken } from '../../db/repositories/auth-tokens';
import { enqueueMail } from '../../db/repositories/outbox';
import { findUserById, findUserIdByEmail } from '../../db/repositories/users';
import type { Deps } from '../../deps';
import { type PasswordAttempt, verifyPasswordAgain } from '../../security/password-throttle';

export const CHANGE_EMAIL_TTL_MINUTES = 24 * 60;

export interface RequestEmailChangeInput {
  userId: string;
  newEmail: string;
  password: string;
  attempt: PasswordAttempt;
}

export async function requestEmailChange(deps: Deps, input: RequestEmailChangeInput): Promise<void> {
  const newEmail = normaliseEmail(input.newEmail);
  const user = await findUserById(deps.db, input.userId);
  if (!user?.email) throw new AppError('unauthenticated');
  await verifyPasswordAgain(deps, { userId: user.id, password: input.password, attempt: input.attempt, pointer: '/password' });
  if (newEmail === user.email) throw AppError.field('/newEmail', 'email-unchanged');
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    // A taken address is not named in the answer (it would tell who is registered): the
    // same statements run, and that address is told instead of getting a link.
    const ownerId = await findUserIdByEmail(trx, newEmail);
    const token = await issueAuthToken(trx, {
      userId: user.id,
      kind: 'change_email',
      now,
      ttlMinutes: CHANGE_EMAIL_TTL_MINUTES,
      newEmail,
    });
    if (ownerId) {
      await enqueueMail(trx, {
        now,
        to: newEmail,
        // Tied to the account it is about, so it is erased with that account.
        userId: ownerId,
        template: 'email_change_taken',
        vars: { loginLink: `${deps.config.publicUrl}/login` },
      });
      return;
    }
    await enqueueMail(trx, {
      now,
      to: newEmail,
      userId: user.id,
      template: 'change_email',
      vars: {
        displayName: user.display_name ?? '',
        link: `${deps.config.publicUrl}/confirm-email?token=${token}`,
        hours: CHANGE_EMAIL_TTL_MINUTES / 60,
      },
    });
  });
}
