// Logs in with email and password. An unknown email and a wrong password get the same
// answer in the same time. Failures are counted per keyed hash of the typed email
// (whether or not it is registered), so an attacker cannot guess one account's password
// from many addresses, and a lock says nothing about whether the account exists; and per
// source address. A browser that logged in before counts on its own
// (security/password-throttle.ts), so others cannot lock its owner out.

import { normaliseEmail } from '../../../domain/accounts/email';
import { CAN_LOG_IN } from '../../../domain/accounts/process';
import { AppError } from '../../../domain/errors';
import { createSession } from '../../db/repositories/sessions';
import { findCredentialsByEmail, type UserRow } from '../../db/repositories/users';
import type { Deps } from '../../deps';
import {
  assertNotThrottled,
  clearPasswordFailures,
  issueDeviceCookie,
  recordPasswordFailure,
  throttleKeys,
} from '../../security/password-throttle';
import { verifyPassword } from '../../security/passwords';
import { unseal } from '../../security/vault';
import { emailKey, type VaultContents } from '../../withdrawal/vault';

export interface LogInInput {
  email: string;
  password: string;
  userAgent: string | null;
  ip: string | null;
  /** The device cookie the browser sent, if any. */
  device?: string | undefined;
}

export async function logIn(
  deps: Deps,
  input: LogInInput,
): Promise<{ token: string; expiresAt: Date; user: UserRow; deviceCookie: string | null }> {
  const email = normaliseEmail(input.email);
  const now = deps.clock();

  const user = await findCredentialsByEmail(deps.db, email);
  const { keys, trusted } = await throttleKeys(deps, {
    email,
    userId: user?.id,
    attempt: { ip: input.ip, device: input.device },
  });
  await assertNotThrottled(deps, keys, 'login-throttled');

  // A withdrawn account has no email any more; within its undo window the vault still
  // holds the password hash, so the right password can be told "withdrawn" clearly.
  const withdrawnHash = user ? null : await withdrawnPasswordHash(deps, email, now);
  const ok = await verifyPassword(user?.password_hash ?? withdrawnHash, input.password);
  if (!user && ok) throw new AppError('account-withdrawn-login');
  if (!user || !ok) {
    await recordPasswordFailure(deps.db, deps, keys);
    throw new AppError('invalid-credentials');
  }
  await clearPasswordFailures(deps.db, keys);
  // A restricted or suspended member still logs in: restrictions live in
  // account_restrictions (moderation/restrictions.ts) and stop only what they name, so the
  // member can read why, appeal, request their payout and withdraw.
  if (!CAN_LOG_IN.includes(user.status)) throw new AppError('invalid-credentials');
  if (!user.email_verified_at) throw new AppError('email-not-verified');

  const session = await createSession(deps.db, {
    userId: user.id,
    userAgent: input.userAgent,
    ip: input.ip,
    now,
    ttlDays: deps.config.sessionTtlDays,
  });
  const { password_hash: _, ...row } = user;
  return {
    token: session.token,
    expiresAt: session.expiresAt,
    user: row,
    // This browser is now a device the member logged in from (a new one if it was locked).
    deviceCookie: trusted ? null : issueDeviceCookie(deps.config.secret, user.id),
  };
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
