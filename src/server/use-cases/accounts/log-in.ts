// Logs in with email and password. An unknown email and a wrong password get the same
// answer in the same time. Failures are counted per keyed hash of the typed email
// (whether or not it is registered), so an attacker cannot guess one account's password
// from many addresses, and a lock says nothing about whether the account exists; and per
// source address. A browser that logged in before counts on its own
// (security/password-throttle.ts), so others cannot lock its owner out.
// An account with a second factor gets no session yet: a short-lived pending login
// (security/pending-login.ts) that complete-second-factor-login.ts turns into one.

import { normaliseEmail } from '../../../domain/accounts/email';
import { CAN_LOG_IN } from '../../../domain/accounts/process';
import { AppError } from '../../../domain/errors';
import { secondFactorState } from '../../db/repositories/second-factors';
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
import { issuePendingLogin } from '../../security/pending-login';
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

export type SignedInUser = UserRow & { second_factor_enabled: boolean };

export interface NewSession {
  token: string;
  expiresAt: Date;
  user: SignedInUser;
}

export type LogInResult =
  | ({ kind: 'session'; deviceCookie: string | null } & NewSession)
  | { kind: 'second-factor'; pending: { value: string; expiresAt: Date }; deviceCookie: string | null };

export async function logIn(deps: Deps, input: LogInInput): Promise<LogInResult> {
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

  // This browser is now a device the member logged in from (a new one if it was locked).
  const deviceCookie = trusted ? null : issueDeviceCookie(deps.config.secret, user.id);
  const { password_hash: _, ...row } = user;
  const factor = await secondFactorState(deps.db, user.id);
  if (factor.enabledAt)
    return { kind: 'second-factor', pending: issuePendingLogin(deps.config.secret, user.id, now), deviceCookie };
  const session = await openSession(deps, { ...row, second_factor_enabled: false }, input);
  return { kind: 'session', ...session, deviceCookie };
}

/** A new session for a member who has proved who they are; a staff member's is shorter. */
export async function openSession(
  deps: Deps,
  user: SignedInUser,
  input: { userAgent: string | null; ip: string | null },
): Promise<NewSession> {
  const ttlMs = user.staff_role ? deps.config.staffSession.hours * 3_600_000 : deps.config.sessionTtlDays * 86_400_000;
  const session = await createSession(deps.db, {
    userId: user.id,
    userAgent: input.userAgent,
    ip: input.ip,
    now: deps.clock(),
    ttlDays: deps.config.sessionTtlDays,
    ttlMs,
  });
  return { token: session.token, expiresAt: session.expiresAt, user };
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
