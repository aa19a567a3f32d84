import { AppError } from '../../../domain/errors';
import { payoutFailed, payoutPaid } from '../../../domain/ledger/recipes';
import { PAYOUT_TRANSITIONS } from '../../../domain/payouts/process';
import { transferDateReached } from '../../../domain/payouts/schedule';
import { removeFiles } from '../../attachments/attachments';
import { lockAccountRow } from '../../db/account-lock';
import { recordAudit } from '../../db/repositories/audit';
import { postTransaction } from '../../db/repositories/ledger';
import { lockPayoutRequestRow } from '../../db/repositories/locks';
import { inTransaction } from '../../db/transaction';
import { applyTransition, checkStep } from '../../db/transition';
import type { Deps } from '../../deps';
import { notify } from '../../notifications/notify';
import { assertNotParty } from '../../staff/conflicts';
import { continueScheduledWithdrawal } from '../../withdrawal/scheduled';

export interface SettlePayoutInput {
  staffId: string;
  payoutId: string;
  outcome: 'paid' | 'failed';
  reason?: string;
}

/** Marks one transfer done or failed (staff), moving the money accordingly. Idempotent by state. */
export async function settlePayout(deps: Deps, input: SettlePayoutInput): Promise<void> {
  const now = deps.clock();
  const fileKeys = await inTransaction(deps.db, async (trx) => {
    // The member's account first, then the transfer (the order every change to a member's
    // transfers or scheduled withdrawal takes): two staff settling one member's transfers,
    // or staff and the member cancelling the scheduled withdrawal, run one after another.
    const owner = await trx.selectFrom('payout_requests').select('user_id').where('id', '=', input.payoutId).executeTakeFirst();
    if (!owner) throw new AppError('not-found');
    await lockAccountRow(trx, owner.user_id);
    const payout = await lockPayoutRequestRow(trx, input.payoutId);
    if (!payout) throw new AppError('not-found');
    assertNotParty(input.staffId, [payout.user_id]);
    const failed = input.outcome === 'failed';
    const step = {
      machine: PAYOUT_TRANSITIONS,
      action: failed ? ('fail' as const) : ('pay' as const),
      actor: 'staff' as const,
      current: payout.status,
      refusals: { notAllowed: 'forbidden', wrongState: 'payout-transition-invalid' } as const,
    };
    checkStep(step);
    // A transfer is made on its batch's date: it cannot be done before (a failure the bank
    // reports early can be recorded at any time).
    if (!failed && payout.batch_id) {
      const batch = await trx
        .selectFrom('payout_batches')
        .select('payment_date')
        .where('id', '=', payout.batch_id)
        .executeTakeFirstOrThrow();
      if (!transferDateReached(batch.payment_date, now)) {
        throw new AppError('payout-before-transfer-date', { transferDate: batch.payment_date });
      }
    }
    await applyTransition(trx, {
      ...step,
      table: 'payout_requests',
      id: payout.id,
      set: failed ? { failed_at: now, failure_reason: input.reason ?? null } : { paid_at: now },
    });
    await postTransaction(
      trx,
      failed ? payoutFailed(payout.id, payout.user_id, payout.amount) : payoutPaid(payout.id, payout.net, payout.fee),
      { kind: failed ? 'payout_failed' : 'payout_paid' },
      now,
    );
    await recordAudit(trx, {
      actorUserId: input.staffId,
      action: failed ? 'payout.failed' : 'payout.paid',
      subjectType: 'payout_request',
      subjectId: payout.id,
      data: { amount: payout.amount, net: payout.net, ...(failed ? { reason: input.reason } : {}) },
      now,
    });
    await notify(
      trx,
      deps.config.publicUrl,
      failed
        ? {
            userId: payout.user_id,
            kind: 'payout.failed',
            params: { reason: input.reason ?? null, amount: payout.amount },
            link: '/mypage/payouts',
          }
        : { userId: payout.user_id, kind: 'payout.paid', params: { net: payout.net }, link: '/mypage/payouts' },
      now,
    );
    // A scheduled withdrawal (予約退会) waits for this: complete it or cancel it here.
    return continueScheduledWithdrawal(trx, deps, payout.user_id, failed, now, {
      net: payout.net,
      numberHint: payout.number_hint,
    });
  });
  await removeFiles(deps, fileKeys);
}
