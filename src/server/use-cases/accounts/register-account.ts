// Registers an account and sends the verification mail. When the email already has an
// account, the answer is the same and that address gets a "you already have an account"
// mail instead, so the form cannot be used to find out who is registered.
import { normaliseDisplayName } from '../../../domain/accounts/display-name';
import { normaliseEmail } from '../../../domain/accounts/email';
import { checkPassword } from '../../../domain/accounts/password';
import { normaliseUsername } from '../../../domain/accounts/username';
import { AppError, type FieldError } from '../../../domain/errors';
import type { RegisterBody } from '../../../shared/api/accounts';
import { isUniqueViolation } from '../../db/errors';
import { issueAuthToken } from '../../db/repositories/auth-tokens';
import { enqueueMail } from '../../db/repositories/outbox';
import { findCredentialsByEmail, usernameExists } from '../../db/repositories/users';
import type { Deps } from '../../deps';
import { flagFormerMember } from '../../flags/former-members';
import { hashPassword, isCommonPassword } from '../../security/passwords';
import { emailKey } from '../../withdrawal/vault';

export const VERIFY_EMAIL_TTL_MINUTES = 24 * 60;

export type RegisterAccountInput = RegisterBody & {
  /** The language the member registered in: their notices and mail use it. */
  locale?: 'ja' | 'en';
};

export async function registerAccount(deps: Deps, input: RegisterAccountInput): Promise<void> {
  const email = normaliseEmail(input.email);
  const username = normaliseUsername(input.username);
  // Report every field problem at once, so the form shows them all together.
  const problems: FieldError[] = [];
  const passwordIssue = checkPassword(input.password, { isCommon: isCommonPassword, email, username });
  if (passwordIssue) problems.push({ pointer: '/password', code: passwordIssue });
  if (await usernameExists(deps.db, username)) problems.push({ pointer: '/username', code: 'username-taken' });
  if (problems.length > 0) throw new AppError('validation-failed', {}, problems);
  // Hash before the transaction: it is the slow part and must not hold a connection.
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock();
  try {
    await deps.db.transaction().execute(async (trx) => {
      if (await usernameExists(trx, username)) throw AppError.field('/username', 'username-taken');
      const existing = await findCredentialsByEmail(trx, email);
      if (existing) {
        await enqueueMail(trx, {
          now,
          to: email,
          // Tied to the account it is about, so it is erased with that account.
          userId: existing.id,
          template: 'already_registered',
          vars: {
            loginLink: `${deps.config.publicUrl}/login`,
            resetLink: `${deps.config.publicUrl}/forgot-password`,
          },
        });
        return;
      }
      // Registering again with the address of a withdrawn account ends its undo window.
      await trx.deleteFrom('withdrawal_vault').where('email_hmac', '=', emailKey(deps.config.secret, email)).execute();
      const user = await trx
        .insertInto('users')
        .values({
          username,
          email,
          password_hash: passwordHash,
          display_name: normaliseDisplayName(input.displayName),
          intent: input.intent,
          locale: input.locale,
          terms_accepted_at: now,
          created_at: now,
          updated_at: now,
        })
        .returning(['id', 'display_name'])
        .executeTakeFirstOrThrow();
      await trx.insertInto('profiles').values({ user_id: user.id, updated_at: now }).execute();
      await flagFormerMember(trx, deps, user.id, email, now);
      const token = await issueAuthToken(trx, {
        userId: user.id,
        kind: 'verify_email',
        now,
        ttlMinutes: VERIFY_EMAIL_TTL_MINUTES,
      });
      await enqueueMail(trx, {
        now,
        to: email,
        userId: user.id,
        template: 'verify_email',
        vars: {
          displayName: user.display_name ?? '',
          link: `${deps.config.publicUrl}/verify-email?token=${token}`,
          hours: VERIFY_EMAIL_TTL_MINUTES / 60,
        },
      });
    });
  } catch (error) {
    // Two registrations racing for one username: the loser is told, as if it had lost
    // the check above. A race on the email ends as the "already registered" case.
    if (isUniqueViolation(error, 'users_username_key')) throw AppError.field('/username', 'username-taken');
    if (isUniqueViolation(error, 'users_email_key')) return;
    throw error;
  }
}
