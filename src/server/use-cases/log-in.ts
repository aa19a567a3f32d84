// Logs in with email and password. An unknown email and a wrong password get the same
// answer in the same time. Failures are counted per keyed hash of the typed email
// (whether or not it is registered), so an attacker cannot guess one account's password
// from many addresses, and a lock says nothing about whether the account exists.
import { normaliseEmail } from '../../domain/accounts/email';
import { AppError } from '../../domain/errors';
import { createSession } from '../db/repositories/sessions';
import { findCredentialsByEmail, type UserRow } from '../db/repositories/users';
import type { Deps } from '../deps';
import { verifyPassword } from '../security/passwords';
import { hmac } from '../security/tokens';
import { unseal } from '../security/vault';
import { emailKey, type VaultContents } from './withdraw-account';

export interface LogInInput {
  email: string;
  password: string;
  userAgent: string | null;
  ip: string | null;
}

export async function logIn(deps: Deps, input: LogInInput): Promise<{ token: string; expiresAt: Date; user: UserRow }> {
  const email = normaliseEmail(input.email);
  const key = hmac(deps.config.secret, 'login-throttle', email);
  const now = deps.clock();

  const throttle = await deps.db.selectFrom('login_throttles').select(['locked_until']).where('key', '=', key).executeTakeFirst();
  if (throttle?.locked_until && throttle.locked_until > now) {
    const retryAfter = Math.ceil((throttle.locked_until.getTime() - now.getTime()) / 1000);
    throw new AppError('login-throttled', { retryAfter });
  }

  const user = await findCredentialsByEmail(deps.db, email);
  // A withdrawn account has no email any more; within its undo window the vault still
  // holds the password hash, so the right password can be told "withdrawn" clearly.
  const withdrawnHash = user ? null : await withdrawnPasswordHash(deps, email, now);
  const ok = await verifyPassword(user?.password_hash ?? withdrawnHash, input.password);
  if (!user && ok) throw new AppError('account-withdrawn-login');
  if (!user || !ok) {
    await recordFailure(deps, key, now);
    throw new AppError('invalid-credentials');
  }
  await deps.db.deleteFrom('login_throttles').where('key', '=', key).execute();
  if (user.status === 'suspended') throw new AppError('account-suspended');
  if (user.status !== 'active' && user.status !== 'withdrawing') throw new AppError('invalid-credentials');
  if (!user.email_verified_at) throw new AppError('email-not-verified');

  const session = await createSession(deps.db, {
    userId: user.id,
    userAgent: input.userAgent,
    ip: input.ip,
    now,
    ttlDays: deps.config.sessionTtlDays,
  });
  const { password_hash: _, ...row } = user;
  return { token: session.token, expiresAt: session.expiresAt, user: row };
}

async function withdrawnPasswordHash(deps: Deps, email: string, now: Date): Promise<string | null> {
  const vault = await deps.db
    .selectFrom('withdrawal_vault')
    .select('ciphertext')
    .where('email_hmac', '=', emailKey(deps.config.secret, email))
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return vault ? unseal<VaultContents>(deps.config.secret, vault.ciphertext).passwordHash : null;
}

async function recordFailure(deps: Deps, key: string, now: Date): Promise<void> {
  const windowMs = deps.config.loginLockMinutes * 60_000;
  const windowStart = new Date(now.getTime() - windowMs);
  const lockUntil = new Date(now.getTime() + windowMs);
  // One statement, so concurrent failures all count.
  await deps.db
    .insertInto('login_throttles')
    .values({ key, failures: 1, window_started_at: now })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        failures: eb
          .case()
          .when('login_throttles.window_started_at', '<', windowStart)
          .then(1)
          .else(eb('login_throttles.failures', '+', 1))
          .end(),
        window_started_at: eb
          .case()
          .when('login_throttles.window_started_at', '<', windowStart)
          .then(now)
          .else(eb.ref('login_throttles.window_started_at'))
          .end(),
      })),
    )
    .execute();
  await deps.db
    .updateTable('login_throttles')
    .set({ locked_until: lockUntil, failures: 0, window_started_at: now })
    .where('key', '=', key)
    .where('failures', '>=', deps.config.loginMaxFailures)
    .execute();
}
