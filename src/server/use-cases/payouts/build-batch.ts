import { AppError } from '../../../domain/errors';
import { PAYOUT_TRANSITIONS } from '../../../domain/payouts/process';
import { checkBatchDate, japanDate } from '../../../domain/payouts/schedule';
import { soleStep } from '../../../domain/process/transitions';
import { recordAudit } from '../../db/repositories/audit';
import { lockDuePayoutRequests } from '../../db/repositories/locks';
import { inTransaction } from '../../db/transaction';
import { applyTransitionToAll } from '../../db/transition';
import type { Deps } from '../../deps';
import { PAYOUT_BATCH_LOCK, runAutomaticPayouts } from '../../payouts/automatic-payouts';
import { assertNotParty } from '../../staff/conflicts';

export interface BuildBatchInput {
  staffId: string;
  paymentDate: string;
}

/**
 * Puts every request due by `paymentDate` into one new batch. Two staff members running
 * it at once make one batch: the runs take the same advisory lock, and a request joins a
 * batch only by a compare-and-set from 'requested'. The date keeps every promise
 * (checkBatchDate): a bank business day, not past, not after a request's promised date.
 */
export async function buildBatch(deps: Deps, input: BuildBatchInput): Promise<string> {
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    await trx.selectNoFrom((eb) => eb.fn('pg_advisory_xact_lock', [eb.val(PAYOUT_BATCH_LOCK)]).as('locked')).execute();
    // Members paid automatically, and earnings at the end of their 60 days, get their
    // requests for this date first (nothing on a date that is not a payment date).
    await runAutomaticPayouts(trx, deps, input.paymentDate, now);
    const due = await lockDuePayoutRequests(trx, input.paymentDate);
    const refusal = checkBatchDate(
      input.paymentDate,
      japanDate(now),
      due.map((d) => d.scheduled_date),
    );
    if (refusal) {
      const { code, ...extensions } = refusal;
      throw new AppError(code, extensions);
    }
    if (due.length === 0) throw new AppError('payout-batch-empty');
    assertNotParty(
      input.staffId,
      due.map((d) => d.user_id),
    );
    const batch = await trx
      .insertInto('payout_batches')
      .values({ payment_date: input.paymentDate, created_by: input.staffId, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await applyTransitionToAll(trx, {
      table: 'payout_requests',
      id: due.map((d) => d.id),
      machine: PAYOUT_TRANSITIONS,
      action: 'batch',
      actor: 'staff',
      // The requests were locked as waiting for a batch (lockDuePayoutRequests).
      current: soleStep(PAYOUT_TRANSITIONS, 'batch').from,
      refusals: { notAllowed: 'forbidden', wrongState: 'payout-transition-invalid' },
      set: { batch_id: batch.id, batched_at: now },
    });
    await recordAudit(trx, {
      actorUserId: input.staffId,
      action: 'payout.batch',
      subjectType: 'payout_batch',
      subjectId: batch.id,
      data: { paymentDate: input.paymentDate, count: due.length },
      now,
    });
    return batch.id;
  });
}
