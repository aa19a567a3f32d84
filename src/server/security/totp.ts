// TOTP (RFC 6238, 6 digits, 30-second steps, SHA-1: what every authenticator app reads)
// and recovery codes. A code is accepted for the step of `now` and one step either side
// (clocks drift, and a code typed at the end of its step arrives in the next), and only
// for a step later than the last one accepted, so an overheard code cannot be replayed.
import { randomInt } from 'node:crypto';
import { generateSecret, generateSync, generateURI, verifySync } from 'otplib';
import { hmac } from './tokens';

export const TOTP_PERIOD = 30;
/** Steps accepted either side of the current one. */
export const TOTP_WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;
const ISSUER = 'よろず';
/** Recovery codes avoid letters and digits that are easily confused (0/O, 1/I/L). */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The otpauth:// URI an authenticator app reads (as a QR code or pasted). */
export function totpUri(secret: string, account: string): string {
  return generateURI({ issuer: ISSUER, label: account, secret, period: TOTP_PERIOD });
}

/** The secret in groups of four for typing by hand. */
export function groupSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

export function stepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD);
}

/** The code for the step of `at` (tests and the enrolment check). */
export function totpCode(secret: string, at: Date): string {
  return generateSync({ secret, epoch: Math.floor(at.getTime() / 1000), period: TOTP_PERIOD });
}

/** A code as typed: digits only, spaces and full-width digits forgiven. */
export function normaliseCode(raw: string): string {
  return raw.normalize('NFKC').replace(/[\s-]/g, '');
}

/**
 * The step the code belongs to, or null: not six digits, no step within the window,
 * or a step not later than `lastStep`.
 */
export function acceptedStep(secret: string, raw: string, now: Date, lastStep: number | null): number | null {
  const token = normaliseCode(raw);
  if (!/^\d{6}$/.test(token)) return null;
  const result = verifySync({
    secret,
    token,
    epoch: Math.floor(now.getTime() / 1000),
    period: TOTP_PERIOD,
    epochTolerance: TOTP_WINDOW * TOTP_PERIOD,
    ...(lastStep === null ? {} : { afterTimeStep: lastStep }),
  });
  if (!result.valid) return null;
  const step = stepAt(now) + result.delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}

/** Ten new recovery codes, `xxxxx-xxxxx`. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** A recovery code as typed, folded to the stored form. */
export function normaliseRecoveryCode(raw: string): string {
  const plain = raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return plain.length === 10 ? `${plain.slice(0, 5)}-${plain.slice(5)}` : plain;
}

export function recoveryCodeHash(secret: string, userId: string, code: string): string {
  return hmac(secret, 'recovery-code', `${userId}:${normaliseRecoveryCode(code)}`);
}
