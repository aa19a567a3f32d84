// Turns the second factor off: the password and a current code (or a recovery code)
// first. Staff cannot: their accounts must have one (they may only set it up again).
import { AppError } from '../../../domain/errors';
import { recordAudit } from '../../db/repositories/audit';
import { removeSecondFactor } from '../../db/repositories/second-factors';
import type { Deps } from '../../deps';
import { type PasswordAttempt, verifyPasswordAgain } from '../../security/password-throttle';
import { verifySecondFactor } from '../../security/second-factor';

export interface DisableSecondFactorInput {
  user: { id: string; staff_role: string | null };
  password: string;
  code: string;
  attempt: PasswordAttempt;
}

export async function disableSecondFactor(deps: Deps, input: DisableSecondFactorInput): Promise<void> {
  if (input.user.staff_role !== null) throw new AppError('second-factor-staff-required');
  const userId = input.user.id;
  await verifyPasswordAgain(deps, { userId, password: input.password, attempt: input.attempt, pointer: '/password' });
  await verifySecondFactor(deps, deps.db, userId, { code: input.code });
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    await removeSecondFactor(trx, userId);
    await recordAudit(trx, {
      actorUserId: userId,
      action: 'second_factor.disabled',
      subjectType: 'user',
      subjectId: userId,
      now,
    });
  });
}
