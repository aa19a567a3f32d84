// The client asks for changes (修正依頼) to a delivery: the milestone goes back to work,
// the auto-acceptance countdown stops, and the request is a message in the thread.
import { authorizeMilestoneAction, lockMilestone, moveMilestone } from '../../contracts/core';
import { cancelAcceptTimers } from '../../contracts/release';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { postMessage } from '../../threads/post-message';
import { findThreadId } from '../../threads/threads';

export interface RequestRevisionInput {
  actorId: string;
  milestoneId: string;
  message: string;
}

export async function requestRevision(deps: Deps, input: RequestRevisionInput): Promise<{ contractId: string }> {
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    const { contract, milestone } = await lockMilestone(trx, input.milestoneId);
    authorizeMilestoneAction(contract, input.actorId, 'request_revision');
    await moveMilestone(
      trx,
      {
        contractId: contract.id,
        milestone,
        action: 'request_revision',
        actor: 'client',
        actorId: input.actorId,
        set: { auto_accept_at: null },
      },
      now,
    );
    await cancelAcceptTimers(trx, milestone.id, now);
    // The contract's parties are its thread's members.
    const threadId = await findThreadId(trx, { type: 'contract', id: contract.id });
    const thread = threadId ? { id: threadId, subject_type: 'contract', subject_id: contract.id } : undefined;
    if (threadId) {
      // The message notifies the worker.
      await postMessage(
        trx,
        deps,
        {
          senderId: input.actorId,
          threadId,
          thread,
          body: `【修正依頼】${milestone.title}\n\n${input.message}`,
          attachmentIds: [],
        },
        now,
      );
    }
    return { contractId: contract.id };
  });
}
