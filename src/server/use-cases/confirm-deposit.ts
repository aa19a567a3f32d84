// Staff (finance or admin) confirm that a client's bank transfer arrived: the deposit is
// confirmed and the milestone's escrow funded in one transaction, and the action is
// audited. The amount seen on the bank statement must match; anything else is settled
// with the client first, never by guessing.
import { AppError } from '../../domain/errors';
import { lockMilestone } from '../contracts/core';
import { fundMilestoneNow } from '../contracts/funding';
import { recordAudit } from '../db/repositories/audit';
import { inTransaction } from '../db/transaction';
import type { Deps } from '../deps';

export async function confirmDeposit(
  deps: Deps,
  input: { staffId: string; depositId: string; receivedAmount: number },
): Promise<void> {
  const now = deps.clock();
  await inTransaction(deps.db, async (trx) => {
    const deposit = await trx
      .selectFrom('deposits')
      .select(['id', 'milestone_id', 'amount', 'status', 'method', 'reference'])
      .where('id', '=', input.depositId)
      .executeTakeFirst();
    if (!deposit) throw new AppError('not-found');
    const { contract, milestone } = await lockMilestone(trx, deposit.milestone_id);
    if (input.receivedAmount !== deposit.amount) throw new AppError('deposit-amount-mismatch');
    const confirmed = await trx
      .updateTable('deposits')
      .set({ status: 'confirmed', confirmed_at: now, confirmed_by: input.staffId })
      .where('id', '=', deposit.id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (confirmed.numUpdatedRows === 0n) throw new AppError('deposit-transition-invalid');
    // Money that arrived while a dispute froze the contract still funds the milestone:
    // it is in escrow either way, and staff settle the escrow.
    await fundMilestoneNow(
      trx,
      deps,
      { contract, milestone, depositId: deposit.id, actor: 'staff', actorId: input.staffId },
      now,
    );
    await recordAudit(trx, {
      actorUserId: input.staffId,
      action: 'deposit.confirm',
      subjectType: 'deposit',
      subjectId: deposit.id,
      data: { amount: deposit.amount, reference: deposit.reference, contractId: contract.id, milestoneId: milestone.id },
      now,
    });
  });
}
