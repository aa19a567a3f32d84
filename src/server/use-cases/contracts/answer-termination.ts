import { planSettlement } from '../../../domain/contracts/settlement';
import { AppError } from '../../../domain/errors';
import { terminationAnswerRefusal } from '../../../domain/policies/contracts';
import { authorizeContractAction, lockContract, recordEvent } from '../../contracts/core';
import { openDisputeIn } from '../../contracts/dispute';
import { findPendingProposal, moveProposal } from '../../contracts/proposals';
import { executeSettlement, milestonesOf } from '../../contracts/settle';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';

export interface AnswerTerminationInput {
  actorId: string;
  contractId: string;
  agree: boolean;
  reason: string | null;
}

export async function answerTermination(deps: Deps, input: AnswerTerminationInput): Promise<void> {
  const now = deps.clock();
  await inTransaction(deps.db, async (trx) => {
    const locked = await lockContract(trx, input.contractId);
    const { contract, role } = authorizeContractAction(locked, input.actorId, 'answer_termination');
    const proposal = await findPendingProposal(trx, contract.id);
    const refusal = terminationAnswerRefusal(input.actorId, proposal ?? null);
    if (refusal || !proposal) throw new AppError(refusal ?? 'no-pending-termination');
    const milestones = await milestonesOf(trx, contract.id);
    // The milestones may have moved since the proposal (a delivery, a funding): the
    // settlement must still cover exactly what is in escrow now.
    const plan = planSettlement(milestones, proposal.settlement, {
      withholding: contract.withholding,
      fees: deps.config.fees,
      serviceOrder: contract.service_order_id !== null,
    });
    if (input.agree && !plan.ok) throw new AppError('termination-outdated');
    await moveProposal(trx, {
      proposal,
      action: input.agree ? 'accept' : 'refuse',
      actor: role,
      set: { decided_at: now, refusal_reason: input.agree ? null : input.reason },
    });
    await recordEvent(
      trx,
      {
        contractId: contract.id,
        action: input.agree ? 'termination.accept' : 'termination.refuse',
        actorRole: role,
        actorId: input.actorId,
        detail: input.reason ? { reason: input.reason } : {},
      },
      now,
    );
    if (!input.agree) {
      await openDisputeIn(
        trx,
        deps,
        {
          contract,
          openerRole: 'system',
          openedBy: null,
          reason: `途中解消の提案が拒否されました。${input.reason ? `拒否の理由: ${input.reason}` : ''}`,
        },
        now,
      );
      return;
    }
    if (!plan.ok) return;
    await executeSettlement(
      trx,
      deps,
      { contract, milestones, lines: plan.lines, actor: role, actorId: input.actorId, action: 'terminate' },
      now,
    );
  });
}
