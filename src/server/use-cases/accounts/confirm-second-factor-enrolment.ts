// Confirms an enrolment with a code from the app: the pending secret becomes the
// factor, ten recovery codes are made (shown this once, kept as hashes), the member's
// other sessions end (they were opened without it), and the audit log records it.
import { AppError } from '../../../domain/errors';
import { recordAudit } from '../../db/repositories/audit';
import { enableSecret, pendingSecret, replaceRecoveryCodes } from '../../db/repositories/second-factors';
import { revokeAllSessions } from '../../db/repositories/sessions';
import type { Deps } from '../../deps';
import { throttledCheck } from '../../security/second-factor';
import { acceptedStep, newRecoveryCodes } from '../../security/totp';

export interface ConfirmEnrolmentInput {
  userId: string;
  sessionId: string;
  code: string;
}

export async function confirmSecondFactorEnrolment(
  deps: Deps,
  input: ConfirmEnrolmentInput,
): Promise<{ recoveryCodes: string[] }> {
  const now = deps.clock();
  const key = deps.config.secret;
  const pending = await pendingSecret(deps.db, key, input.userId);
  if (!pending) throw new AppError('second-factor-not-started');
  let step: number | null = null;
  await throttledCheck(deps, input.userId, '/code', async () => {
    step = acceptedStep(pending.secret, input.code, now, null);
    return step !== null;
  });
  const codes = newRecoveryCodes();
  await deps.db.transaction().execute(async (trx) => {
    // The same pending secret, unless another enrolment started meanwhile.
    const still = await pendingSecret(trx, key, input.userId, true);
    if (!still || still.secret !== pending.secret) throw new AppError('second-factor-not-started');
    await enableSecret(trx, key, input.userId, pending.secret, step ?? 0, now);
    await replaceRecoveryCodes(trx, key, input.userId, codes, now);
    await revokeAllSessions(trx, input.userId, now, input.sessionId);
    await recordAudit(trx, {
      actorUserId: input.userId,
      action: 'second_factor.enabled',
      subjectType: 'user',
      subjectId: input.userId,
      now,
    });
  });
  return { recoveryCodes: codes };
}
