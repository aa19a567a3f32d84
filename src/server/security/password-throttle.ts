// Every check of a password — logging in, and the password asked again before changing
// the password, the email address or the bank account, or withdrawing — goes through one
// throttle. Failures are counted per account (keyed hash of its email, registered or
// not), per source address and per trusted device; a key that reaches its limit is locked
// for LOGIN_LOCK_MINUTES, doubled at each lock that follows (at most 64 times), until a
// success clears it.
//
// A device where the member logged in before carries a signed cookie naming the account
// (OWASP's "device cookie"): its attempts count on that device alone, so others guessing
// at the account from elsewhere cannot lock its owner out. A device that fails too often
// loses that privilege for a while and is counted like any other.
import { AppError } from '../../domain/errors';
import type { FieldErrorCode } from '../../shared/errors';
import type { Db } from '../db/database';
import type { Deps } from '../deps';
import { verifyPassword } from './passwords';
import { hmac, randomToken, safeEqual } from './tokens';

/** Where a password attempt comes from. */
export interface PasswordAttempt {
  ip: string | null;
  /** The device cookie as sent, if any. */
  device: string | undefined;
}

/** A check made outside any request (operator tools, tests): counted on the account only. */
export const NO_SOURCE: PasswordAttempt = { ip: null, device: undefined };

export const DEVICE_COOKIE = '__Host-yorozu_device';
export const DEVICE_COOKIE_DAYS = 365;
/** A source address may fail this many times the per-account limit (offices share one). */
const SOURCE_FACTOR = 10;
const MAX_DOUBLINGS = 6;

/** A new device cookie for the account: `<user id>.<nonce>.<signature>`. */
export function issueDeviceCookie(secret: string, userId: string): string {
  const body = `${userId}.${randomToken(16)}`;
  return `${body}.${hmac(secret, 'device-cookie', body)}`;
}

/** The nonce of a genuine device cookie for this account, or null. */
export function trustedDevice(secret: string, cookie: string | undefined, userId: string | undefined): string | null {
  if (!cookie || !userId) return null;
  const parts = cookie.split('.');
  if (parts.length !== 3) return null;
  const [id, nonce, signature] = parts as [string, string, string];
  if (id !== userId || !safeEqual(signature, hmac(secret, 'device-cookie', `${id}.${nonce}`))) return null;
  return nonce;
}

export interface ThrottleKey {
  kind: 'account' | 'source' | 'device';
  key: string;
  max: number;
}

/** The counters an attempt is judged by: the device's, or the account's and the source's. */
export async function throttleKeys(
  deps: Deps,
  input: { email: string; userId: string | undefined; attempt: PasswordAttempt },
): Promise<{ keys: ThrottleKey[]; trusted: boolean }> {
  const max = deps.config.loginMaxFailures;
  const nonce = trustedDevice(deps.config.secret, input.attempt.device, input.userId);
  if (nonce) {
    const device: ThrottleKey = { kind: 'device', key: hmac(deps.config.secret, 'login-throttle-device', nonce), max };
    if ((await lockedFor(deps, [device])) === 0) return { keys: [device], trusted: true };
  }
  const keys: ThrottleKey[] = [{ kind: 'account', key: accountThrottleKey(deps.config.secret, input.email), max }];
  if (input.attempt.ip) {
    keys.push({
      kind: 'source',
      key: hmac(deps.config.secret, 'login-throttle-source', input.attempt.ip),
      max: max * SOURCE_FACTOR,
    });
  }
  return { keys, trusted: false };
}

/** The per-account counter (also cleared by a password reset and at withdrawal). */
export function accountThrottleKey(secret: string, email: string): string {
  return hmac(secret, 'login-throttle', email);
}

/** Seconds until every key is free (0: not locked). */
async function lockedFor(deps: Deps, keys: ThrottleKey[]): Promise<number> {
  const now = deps.clock();
  const rows = await deps.db
    .selectFrom('login_throttles')
    .select('locked_until')
    .where(
      'key',
      'in',
      keys.map((k) => k.key),
    )
    .execute();
  const until = Math.max(0, ...rows.map((r) => r.locked_until?.getTime() ?? 0));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/** Refuses (429 `code`) while any key is locked. */
export async function assertNotThrottled(
  deps: Deps,
  keys: ThrottleKey[],
  code: 'login-throttled' | 'password-throttled' | 'second-factor-throttled',
) {
  const retryAfter = await lockedFor(deps, keys);
  if (retryAfter > 0) throw new AppError(code, { retryAfter });
}

/** Counts one failure on each key and locks those at their limit, for longer at each lock. */
export async function recordPasswordFailure(db: Db, deps: Deps, keys: ThrottleKey[]): Promise<void> {
  const now = deps.clock();
  const baseMs = deps.config.loginLockMinutes * 60_000;
  const windowStart = new Date(now.getTime() - baseMs);
  const dayAgo = new Date(now.getTime() - 86_400_000);
  for (const { key, max } of keys) {
    // One statement, so concurrent failures all count.
    await db
      .insertInto('login_throttles')
      .values({ key, failures: 1, window_started_at: now, locks: 0 })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => {
          const windowOver = eb('login_throttles.window_started_at', '<', windowStart);
          return {
            failures: eb
              .case()
              .when(windowOver)
              .then(1)
              .else(eb('login_throttles.failures', '+', 1))
              .end(),
            window_started_at: eb.case().when(windowOver).then(now).else(eb.ref('login_throttles.window_started_at')).end(),
            // The doubling is forgotten a day after the last lock ended.
            locks: eb
              .case()
              .when(
                eb.and([
                  windowOver,
                  eb.or([eb('login_throttles.locked_until', 'is', null), eb('login_throttles.locked_until', '<', dayAgo)]),
                ]),
              )
              .then(0)
              .else(eb.ref('login_throttles.locks'))
              .end(),
          };
        }),
      )
      .execute();
    const row = await db
      .updateTable('login_throttles')
      .set((eb) => ({ failures: 0, window_started_at: now, locks: eb('locks', '+', 1) }))
      .where('key', '=', key)
      .where('failures', '>=', max)
      .returning('locks')
      .executeTakeFirst();
    if (row) {
      const until = new Date(now.getTime() + baseMs * 2 ** Math.min(row.locks - 1, MAX_DOUBLINGS));
      await db.updateTable('login_throttles').set({ locked_until: until }).where('key', '=', key).execute();
    }
  }
}

/**
 * After a right password: the counters it was judged by start again — the device's, or
 * the account's (a source's does not: one good account must not clear a guesser's
 * address, and a login from a trusted device leaves the lock others caused in place).
 */
export async function clearPasswordFailures(db: Db, keys: ThrottleKey[]): Promise<void> {
  const cleared = keys.filter((k) => k.kind !== 'source').map((k) => k.key);
  if (cleared.length > 0) await db.deleteFrom('login_throttles').where('key', 'in', cleared).execute();
}

/**
 * The password asked again before a sensitive change, through the login throttle:
 * 429 password-throttled while locked, a field error `password-wrong` when wrong.
 */
export async function verifyPasswordAgain(
  deps: Deps,
  input: { userId: string; password: string; attempt: PasswordAttempt; pointer: string },
): Promise<void> {
  const user = await deps.db
    .selectFrom('users')
    .select(['email', 'password_hash'])
    .where('id', '=', input.userId)
    .executeTakeFirst();
  if (!user?.email) throw new AppError('unauthenticated');
  const email = user.email;
  const { keys } = await throttleKeys(deps, { email, userId: input.userId, attempt: input.attempt });
  await assertNotThrottled(deps, keys, 'password-throttled');
  if (!(await verifyPassword(user.password_hash, input.password))) {
    await recordPasswordFailure(deps.db, deps, keys);
    throw AppError.field(input.pointer, 'password-wrong' satisfies FieldErrorCode);
  }
  await clearPasswordFailures(deps.db, keys);
}
