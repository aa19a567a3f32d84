import { describe, expect, it } from 'vitest';
import {
  acceptedStep,
  groupSecret,
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  recoveryCodeHash,
  stepAt,
  totpCode,
  totpUri,
} from './totp';

const now = new Date('2026-04-01T00:00:10Z');
const at = (steps: number) => new Date(now.getTime() + steps * 30_000);

describe('TOTP', () => {
  const secret = newTotpSecret();

  it('accepts the current step and one step either side, nothing further', () => {
    expect(acceptedStep(secret, totpCode(secret, now), now, null)).toBe(stepAt(now));
    expect(acceptedStep(secret, totpCode(secret, at(-1)), now, null)).toBe(stepAt(now) - 1);
    expect(acceptedStep(secret, totpCode(secret, at(1)), now, null)).toBe(stepAt(now) + 1);
    expect(acceptedStep(secret, totpCode(secret, at(-2)), now, null)).toBeNull();
    expect(acceptedStep(secret, totpCode(secret, at(2)), now, null)).toBeNull();
  });

  it('refuses a code of a step already used, or earlier', () => {
    const code = totpCode(secret, now);
    const step = acceptedStep(secret, code, now, null);
    expect(step).not.toBeNull();
    expect(acceptedStep(secret, code, now, step)).toBeNull();
    expect(acceptedStep(secret, totpCode(secret, at(-1)), now, step)).toBeNull();
    expect(acceptedStep(secret, totpCode(secret, at(1)), now, step)).toBe(stepAt(now) + 1);
  });

  it('forgives spaces and full-width digits, refuses anything but six digits', () => {
    const code = totpCode(secret, now);
    const wide = code.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    expect(acceptedStep(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now, null)).toBe(stepAt(now));
    expect(acceptedStep(secret, wide, now, null)).toBe(stepAt(now));
    expect(acceptedStep(secret, '12345', now, null)).toBeNull();
    expect(acceptedStep(secret, 'abcdef', now, null)).toBeNull();
  });

  it('writes the URI an app reads and groups the secret by four', () => {
    expect(totpUri(secret, 'hanako')).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    expect(groupSecret('ABCDEFGHIJ')).toBe('ABCD EFGH IJ');
  });
});

describe('recovery codes', () => {
  it('are ten distinct codes whose hash does not depend on how they are typed', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    const code = codes[0] as string;
    expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(normaliseRecoveryCode(` ${code.toUpperCase().replace('-', '')} `)).toBe(code);
    expect(recoveryCodeHash('s'.repeat(32), 'u1', code.toUpperCase())).toBe(recoveryCodeHash('s'.repeat(32), 'u1', code));
    expect(recoveryCodeHash('s'.repeat(32), 'u2', code)).not.toBe(recoveryCodeHash('s'.repeat(32), 'u1', code));
  });
});
