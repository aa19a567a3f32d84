// Termination by agreement (途中解消): one side proposes how the escrow is split, the other
// agrees (the settlement runs at once) or refuses; a refusal, or silence until the answer
// period ends, passes the contract to staff as a dispute. Nothing is decided silently.

import { AppError } from '../../../domain/errors';
import { terminationProposalRefusal } from '../../../domain/policies/contracts';
import { authorizeContractAction, lockContract, recordEvent } from '../../contracts/core';
import { findPendingProposal, moveProposal } from '../../contracts/proposals';
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
      const locked = await lockContract(trx, input.contractId);
      const { contract, role } = authorizeContractAction(locked, input.actorId, 'propose_termination');
      const milestones = await milestonesOf(trx, contract.id);
      const lines = checkSettlement(deps, contract, milestones, input.settlement);
      const respondBy = new Date(now.getTime() + deps.config.terminationResponseDays * 86_400_000);
      // Proposing again replaces one's own waiting proposal; the other side's must be answered.
      const pending = await findPendingProposal(trx, contract.id);
      const refusal = terminationProposalRefusal(input.actorId, pending ?? null);
      if (refusal) throw new AppError(refusal);
      if (pending) await moveProposal(trx, { proposal: pending, action: 'supersede', actor: role, set: { decided_at: now } });
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
          params: { title: contract.title, responseDays: deps.config.terminationResponseDays },
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
