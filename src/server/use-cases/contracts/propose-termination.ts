// Termination by agreement (途中解消): one side proposes how the escrow is split, the other
// agrees (the settlement runs at once) or refuses; a refusal, or silence until the answer
// period ends, passes the contract to staff as a dispute. Nothing is decided silently.

import { AppError } from '../../../domain/errors';
import { lockContract, partyRole, recordEvent, refuseWhenFrozen } from '../../contracts/core';
import { checkSettlement, describeSettlement, milestonesOf } from '../../contracts/settle';
import { isUniqueViolation } from '../../db/errors';
import type { Settlement } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { notify } from '../../notifications/notify';
import { enqueueTask } from '../../queue/queue';
import { TERMINATION_ESCALATE_TASK } from '../../queue/tasks';

export interface ProposeTerminationInput {
  actorId: string;
  contractId: string;
  reason: string;
  settlement: Settlement;
}

export async function proposeTermination(deps: Deps, input: ProposeTerminationInput): Promise<void> {
  const now = deps.clock();
  try {
    await inTransaction(deps.db, async (trx) => {
      const contract = await lockContract(trx, input.contractId);
      const role = partyRole(contract, input.actorId);
      if (!contract) throw new AppError('not-found');
      refuseWhenFrozen(contract);
      if (contract.status !== 'awaiting_escrow' && contract.status !== 'in_progress')
        throw new AppError('contract-transition-invalid');
      const milestones = await milestonesOf(trx, contract.id);
      const lines = checkSettlement(deps, contract, milestones, input.settlement);
      const respondBy = new Date(now.getTime() + deps.config.terminationResponseDays * 86_400_000);
      // Proposing again replaces one's own waiting proposal; the other side's must be answered.
      await trx
        .updateTable('termination_proposals')
        .set({ status: 'superseded', decided_at: now })
        .where('contract_id', '=', contract.id)
        .where('status', '=', 'pending')
        .where('proposer_id', '=', input.actorId)
        .execute();
      const proposal = await trx
        .insertInto('termination_proposals')
        .values({
          contract_id: contract.id,
          proposer_id: input.actorId,
          proposer_role: role,
          reason: input.reason,
          settlement: JSON.stringify(input.settlement),
          respond_by: respondBy,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordEvent(
        trx,
        {
          contractId: contract.id,
          action: 'termination.propose',
          actorRole: role,
          actorId: input.actorId,
          detail: { settlement: describeSettlement(lines), respondBy: respondBy.toISOString() },
        },
        now,
      );
      await enqueueTask(
        trx,
        {
          kind: TERMINATION_ESCALATE_TASK,
          payload: { proposalId: proposal.id },
          runAt: respondBy,
          dedupeKey: `${TERMINATION_ESCALATE_TASK}:${proposal.id}`,
        },
        now,
      );
      await notify(
        trx,
        deps.config.publicUrl,
        {
          userId: role === 'client' ? contract.worker_id : contract.client_id,
          kind: 'termination.proposed',
          title: `「${contract.title}」の途中解消が提案されました`,
          body: `提案内容(仮払い金の精算方法)を確認して、同意するか拒否してください。${deps.config.terminationResponseDays}日以内に回答がない場合は、運営事務局が対応します。`,
          link: `/contracts/${contract.id}`,
        },
        now,
      );
    });
  } catch (error) {
    if (isUniqueViolation(error, 'termination_pending_key')) throw new AppError('termination-pending');
    throw error;
  }
}
