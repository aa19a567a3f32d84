// The client accepts a delivery (検収); the countdown's timer accepts it by itself after
// the configured days without an answer, and reminds the client before.
import { authorizeMilestoneAction, lockMilestone } from '../../contracts/core';
import { releaseMilestone } from '../../contracts/release';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';

export interface AcceptMilestoneInput {
  actorId: string;
  milestoneId: string;
}

export async function acceptMilestone(deps: Deps, input: AcceptMilestoneInput): Promise<{ contractId: string }> {
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    const { contract, milestone } = await lockMilestone(trx, input.milestoneId);
    authorizeMilestoneAction(contract, input.actorId, 'accept');
    await releaseMilestone(trx, deps, { contract, milestone, automatic: false, actorId: input.actorId }, now);
    return { contractId: contract.id };
  });
}
