// New recovery codes for an enabled second factor, after a current code: the old ones
// stop working at once. Shown this once; kept only as hashes.
import { recordAudit } from '../../db/repositories/audit';
import { replaceRecoveryCodes } from '../../db/repositories/second-factors';
import type { Deps } from '../../deps';
import { verifySecondFactor } from '../../security/second-factor';
import { newRecoveryCodes } from '../../security/totp';

export async function regenerateRecoveryCodes(
  deps: Deps,
  input: { userId: string; code: string },
): Promise<{ recoveryCodes: string[] }> {
  await verifySecondFactor(deps, deps.db, input.userId, { code: input.code });
  const now = deps.clock();
  const codes = newRecoveryCodes();
  await deps.db.transaction().execute(async (trx) => {
    await replaceRecoveryCodes(trx, deps.config.secret, input.userId, codes, now);
    await recordAudit(trx, {
      actorUserId: input.userId,
      action: 'second_factor.recovery_codes_regenerated',
      subjectType: 'user',
      subjectId: input.userId,
      now,
    });
  });
  return { recoveryCodes: codes };
}
