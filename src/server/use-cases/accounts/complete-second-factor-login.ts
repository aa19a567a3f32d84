// The second step of logging in: the pending login from a right password (a signed
// cookie, at most five minutes old) and a code from the authenticator app or a recovery
// code. The account is read again, so one suspended or withdrawn meanwhile gets no session.
import { CAN_LOG_IN } from '../../../domain/accounts/process';
import { AppError } from '../../../domain/errors';
import { recordAudit } from '../../db/repositories/audit';
import { secondFactorState } from '../../db/repositories/second-factors';
import { findUserById } from '../../db/repositories/users';
import type { Deps } from '../../deps';
import { readPendingLogin } from '../../security/pending-login';
import { type SecondFactorProof, verifySecondFactor } from '../../security/second-factor';
import { type NewSession, openSession } from './log-in';

export interface CompleteSecondFactorInput extends SecondFactorProof {
  pending: string | undefined;
  userAgent: string | null;
  ip: string | null;
}

export async function completeSecondFactorLogin(
  deps: Deps,
  input: CompleteSecondFactorInput,
): Promise<NewSession & { recoveryCodesLeft: number | null }> {
  const now = deps.clock();
  const userId = readPendingLogin(deps.config.secret, input.pending, now);
  if (!userId) throw new AppError('second-factor-pending-expired');
  const user = await findUserById(deps.db, userId);
  if (user?.status === 'suspended') throw new AppError('account-suspended');
  if (!user || !CAN_LOG_IN.includes(user.status)) throw new AppError('second-factor-pending-expired');
  const via = await verifySecondFactor(deps, deps.db, user.id, input);
  let recoveryCodesLeft: number | null = null;
  if (via === 'recovery') {
    recoveryCodesLeft = (await secondFactorState(deps.db, user.id)).recoveryCodesLeft;
    await recordAudit(deps.db, {
      actorUserId: user.id,
      action: 'second_factor.recovery_code_used',
      subjectType: 'user',
      subjectId: user.id,
      data: { left: recoveryCodesLeft },
      now,
    });
  }
  const session = await openSession(deps, { ...user, second_factor_enabled: true }, input);
  return { ...session, recoveryCodesLeft };
}
