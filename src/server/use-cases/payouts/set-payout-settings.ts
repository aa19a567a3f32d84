// Turns automatic payouts (自動出金) on or off: on, the whole balance is requested on every
// payment date (when it is over the minimum and the fee; otherwise it waits, never lost).
import type { z } from 'zod';
import type { PayoutSettings } from '../../../shared/api/payout-settings';
import { lockActiveAccount } from '../../db/account-lock';
import { recordAudit } from '../../db/repositories/audit';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { getPayoutSettings } from './get-payout-settings';

export async function setPayoutSettings(
  deps: Deps,
  input: { userId: string; automatic: boolean },
): Promise<z.infer<typeof PayoutSettings>> {
  const now = deps.clock();
  await inTransaction(deps.db, async (trx) => {
    await lockActiveAccount(trx, input.userId);
    await trx
      .insertInto('payout_settings')
      .values({ user_id: input.userId, automatic: input.automatic, updated_at: now })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ automatic: input.automatic, updated_at: now }))
      .execute();
    await recordAudit(trx, {
      actorUserId: input.userId,
      action: input.automatic ? 'payout.automatic_on' : 'payout.automatic_off',
      subjectType: 'user',
      subjectId: input.userId,
      data: {},
      now,
    });
  });
  return getPayoutSettings(deps, input.userId);
}
