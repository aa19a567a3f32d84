import { AppError } from '../../../domain/errors';
import { isConflicted } from '../../../domain/policies/staff';
import { lockContract } from '../../contracts/core';
import { settleDisputeRow } from '../../contracts/dispute';
import { checkSettlement, describeSettlement, executeSettlement, milestonesOf } from '../../contracts/settle';
import { recordAudit } from '../../db/repositories/audit';
import type { Settlement } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';

export interface SettleDisputeInput {
  staffId: string;
  disputeId: string;
  settlement: Settlement;
  note: string;
}

export async function settleDispute(deps: Deps, input: SettleDisputeInput): Promise<void> {
  const now = deps.clock();
  await inTransaction(deps.db, async (trx) => {
    const dispute = await trx
      .selectFrom('disputes')
      .select(['id', 'contract_id', 'status'])
      .where('id', '=', input.disputeId)
      .executeTakeFirst();
    if (!dispute) throw new AppError('not-found');
    const contract = await lockContract(trx, dispute.contract_id);
    if (!contract) throw new AppError('not-found');
    // Staff never settle a dispute on their own contract.
    if (isConflicted(input.staffId, [contract.client_id, contract.worker_id])) throw new AppError('staff-conflict-of-interest');
    await settleDisputeRow(trx, {
      dispute,
      set: { settled_at: now, settled_by: input.staffId, settlement_note: input.note },
    });
    const milestones = await milestonesOf(trx, contract.id);
    const lines = checkSettlement(deps, contract, milestones, input.settlement);
    await trx
      .updateTable('disputes')
      .set({ settlement: JSON.stringify(describeSettlement(lines)) })
      .where('id', '=', dispute.id)
      .execute();
    await executeSettlement(
      trx,
      deps,
      { contract, milestones, lines, actor: 'staff', actorId: input.staffId, action: 'settle' },
      now,
    );
    await recordAudit(trx, {
      actorUserId: input.staffId,
      action: 'dispute.settle',
      subjectType: 'dispute',
      subjectId: dispute.id,
      data: { contractId: contract.id, settlement: describeSettlement(lines), note: input.note },
      now,
    });
  });
}
