// The state between a right password and the second factor: a signed, short-lived cookie
// naming the account (never a session). It expires after PENDING_LOGIN_MINUTES; the code
// check itself is throttled per account, and a login completed from it starts a session.
import { hmac, randomToken, safeEqual } from './tokens';

export const PENDING_LOGIN_COOKIE = '__Host-yorozu_2fa';
export const PENDING_LOGIN_MINUTES = 5;

export function issuePendingLogin(secret: string, userId: string, now: Date): { value: string; expiresAt: Date } {
  const expiresAt = new Date(now.getTime() + PENDING_LOGIN_MINUTES * 60_000);
  const body = `${userId}.${expiresAt.getTime()}.${randomToken(12)}`;
  return { value: `${body}.${hmac(secret, 'pending-login', body)}`, expiresAt };
}

/** The account a genuine, unexpired pending login names, or null. */
export function readPendingLogin(secret: string, cookie: string | undefined, now: Date): string | null {
  if (!cookie || cookie.length > 200) return null;
  const parts = cookie.split('.');
  if (parts.length !== 4) return null;
  const [userId, expires, nonce, signature] = parts as [string, string, string, string];
  if (!safeEqual(signature, hmac(secret, 'pending-login', `${userId}.${expires}.${nonce}`))) return null;
  return Number(expires) > now.getTime() ? userId : null;
}
