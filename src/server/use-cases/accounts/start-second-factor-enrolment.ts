// Starts enrolling a TOTP authenticator: a new secret, kept sealed and pending until a
// code from the app confirms it (confirm-second-factor-enrolment.ts). Setting up again
// while a factor is enabled (a new phone; staff cannot turn it off) asks for the
// password first; the enabled factor stays in force until the new one is confirmed.
import { AppError } from '../../../domain/errors';
import { savePendingSecret, secondFactorState } from '../../db/repositories/second-factors';
import type { Deps } from '../../deps';
import { type PasswordAttempt, verifyPasswordAgain } from '../../security/password-throttle';
import { groupSecret, newTotpSecret, totpUri } from '../../security/totp';

export interface StartEnrolmentInput {
  user: { id: string; username: string };
  password: string | undefined;
  attempt: PasswordAttempt;
}

export async function startSecondFactorEnrolment(deps: Deps, input: StartEnrolmentInput) {
  const state = await secondFactorState(deps.db, input.user.id);
  if (state.enabledAt) {
    if (input.password === undefined) throw new AppError('second-factor-already-enabled');
    await verifyPasswordAgain(deps, {
      userId: input.user.id,
      password: input.password,
      attempt: input.attempt,
      pointer: '/password',
    });
  }
  const secret = newTotpSecret();
  await savePendingSecret(deps.db, deps.config.secret, input.user.id, secret, deps.clock());
  const account = input.user.username;
  return { secret, secretGrouped: groupSecret(secret), uri: totpUri(secret, account), account };
}
