import { PROPOSAL_TRANSITIONS } from '../../../domain/contracts/termination';
import { isFrozen } from '../../../domain/policies/contracts';
import { canTransition } from '../../../domain/process/transitions';
import { lockContract } from '../../contracts/core';
import { openDisputeIn } from '../../contracts/dispute';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';

/** The `termination.escalate` task: an unanswered proposal goes to staff. Idempotent. */
export async function escalateTermination(deps: Deps, proposalId: string, now: Date): Promise<void> {
  await inTransaction(deps.db, async (trx) => {
    const proposal = await trx
      .selectFrom('termination_proposals')
      .select(['contract_id', 'status', 'respond_by'])
      .where('id', '=', proposalId)
      .executeTakeFirst();
    if (!proposal || !canTransition(PROPOSAL_TRANSITIONS, 'escalate', proposal.status, 'system')) return;
    if (proposal.respond_by.getTime() > now.getTime()) return;
    const contract = await lockContract(trx, proposal.contract_id);
    if (!contract || isFrozen(contract)) return;
    await openDisputeIn(
      trx,
      deps,
      { contract, openerRole: 'system', openedBy: null, reason: '途中解消の提案に期限までに回答がありませんでした。' },
      now,
    );
  });
}
