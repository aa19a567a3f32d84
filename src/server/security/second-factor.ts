// Checking a second factor: a TOTP code or a recovery code, through a throttle of its
// own per account (the password throttle's counters, a separate key), so a six-digit
// code cannot be guessed by trying them all. A code is accepted once: its time step is
// claimed by compare-and-set (db/repositories/second-factors.ts), a recovery code is
// marked used in the same way.
import { AppError } from '../../domain/errors';
import type { FieldErrorCode } from '../../shared/errors';
import type { Db } from '../db/database';
import { claimStep, enabledSecret, useRecoveryCode } from '../db/repositories/second-factors';
import type { Deps } from '../deps';
import { assertNotThrottled, clearPasswordFailures, recordPasswordFailure, type ThrottleKey } from './password-throttle';
import { hmac } from './tokens';
import { acceptedStep } from './totp';

export interface SecondFactorProof {
  /** Six digits from the authenticator app… */
  code?: string | undefined;
  /** …or one of the recovery codes. */
  recoveryCode?: string | undefined;
}

function throttleKeys(deps: Deps, userId: string): ThrottleKey[] {
  return [
    { kind: 'account', key: hmac(deps.config.secret, 'second-factor-throttle', userId), max: deps.config.loginMaxFailures },
  ];
}

/** Refuses (429) while this account's codes are throttled. */
export async function assertSecondFactorNotThrottled(deps: Deps, userId: string): Promise<void> {
  await assertNotThrottled(deps, throttleKeys(deps, userId), 'second-factor-throttled');
}

/** A code that passes or fails the check: counted as a failure or clears the counter. */
export async function throttledCheck(deps: Deps, userId: string, pointer: string, check: () => Promise<boolean>): Promise<void> {
  const keys = throttleKeys(deps, userId);
  await assertNotThrottled(deps, keys, 'second-factor-throttled');
  if (!(await check())) {
    await recordPasswordFailure(deps.db, deps, keys);
    throw AppError.field(pointer, 'totp-code-wrong' satisfies FieldErrorCode);
  }
  await clearPasswordFailures(deps.db, keys);
}

/** Verifies (and uses up) a code or recovery code of an enabled factor; a field error when wrong. */
export async function verifySecondFactor(
  deps: Deps,
  db: Db,
  userId: string,
  proof: SecondFactorProof,
): Promise<'code' | 'recovery'> {
  const now = deps.clock();
  const factor = await enabledSecret(db, deps.config.secret, userId);
  if (!factor) throw new AppError('second-factor-not-enabled');
  if (proof.recoveryCode !== undefined) {
    const code = proof.recoveryCode;
    await throttledCheck(deps, userId, '/recoveryCode', () => useRecoveryCode(db, deps.config.secret, userId, code, now));
    return 'recovery';
  }
  const code = proof.code ?? '';
  await throttledCheck(deps, userId, '/code', async () => {
    const step = acceptedStep(factor.secret, code, now, factor.lastStep);
    return step !== null && (await claimStep(db, userId, step, now));
  });
  return 'code';
}
