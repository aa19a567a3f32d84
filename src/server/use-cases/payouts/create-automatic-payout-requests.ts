// The automatic payout run of a payment date on its own (the scheduled task of that date):
// the same run the batch build makes first, under the same lock. Once a batch of that
// date exists the run has been made by it, and a request made now would miss it: nothing.
import type { CalendarDate } from '../../../domain/payouts/schedule';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { type AutomaticRunResult, runAutomaticPayouts, takePayoutBatchLock } from '../../payouts/automatic-payouts';

export async function createAutomaticPayoutRequests(
  deps: Deps,
  paymentDate: CalendarDate,
  now: Date = deps.clock(),
): Promise<AutomaticRunResult | null> {
  return inTransaction(deps.db, async (trx) => {
    await takePayoutBatchLock(trx);
    const batched = await trx
      .selectFrom('payout_batches')
      .select('id')
      .where('payment_date', '=', paymentDate)
      .executeTakeFirst();
    if (batched) return null;
    return runAutomaticPayouts(trx, deps, paymentDate, now);
  });
}
