// The worker delivers (納品) a funded milestone: a message with files in the contract's
// thread, and the countdown to auto-acceptance starts for both sides.
import { AppError } from '../../../domain/errors';
import { linkAttachments } from '../../attachments/attachments';
import {
  addMilestoneMove,
  authorizeMilestoneAction,
  ContractWrite,
  checkMilestoneStep,
  lockMilestone,
} from '../../contracts/core';
import { acceptDeadline, addAcceptTimers } from '../../contracts/release';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { addNotices } from '../../notifications/notify';
import { addMessage } from '../../threads/post-message';

export interface DeliverMilestoneInput {
  actorId: string;
  milestoneId: string;
  message: string;
  attachmentIds: string[];
}

export async function deliverMilestone(deps: Deps, input: DeliverMilestoneInput): Promise<{ contractId: string }> {
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    // The contract's parties are its thread's members: the thread is read with the locks.
    const { contract, milestone, threadId } = await lockMilestone(trx, input.milestoneId, { thread: true });
    authorizeMilestoneAction(contract, input.actorId, 'deliver');
    checkMilestoneStep(milestone, 'deliver', 'worker');
    if (!threadId) throw new AppError('not-found');
    // The message, the timers, the transition and the notice in one statement; the
    // delivery notice below tells the client, so no second "new message" notice.
    const write = new ContractWrite(trx, now);
    const message = addMessage(
      write,
      { threadId, senderId: input.actorId, body: `【納品】${milestone.title}\n\n${input.message}` },
      now,
    );
    const deliveryCount = milestone.delivery_count + 1;
    // A service order's contract has the service's own acceptance window.
    const acceptanceDays = contract.acceptance_days ?? deps.config.autoAcceptDays;
    const autoAcceptAt = acceptDeadline(now, acceptanceDays);
    const { moved } = addMilestoneMove(write, {
      contractId: contract.id,
      milestone,
      action: 'deliver',
      actor: 'worker',
      actorId: input.actorId,
      set: {
        delivered_at: now,
        auto_accept_at: autoAcceptAt,
        delivery_message_id: write.valueOf<number>(message, 'id'),
        delivery_count: deliveryCount,
      },
      detail: { deliveryCount, autoAcceptAt: autoAcceptAt.toISOString() },
    });
    const delivered = write.matched(moved);
    addAcceptTimers(write, milestone.id, now, deliveryCount, acceptanceDays, now, delivered);
    addNotices(
      write,
      deps.config.publicUrl,
      [
        {
          userId: contract.client_id,
          kind: 'milestone.delivered',
          params: { title: contract.title, autoAcceptDays: acceptanceDays },
          link: `/contracts/${contract.id}`,
          onlyIf: delivered,
        },
      ],
      now,
    );
    const result = await write.execute();
    if (!result.matched(moved)) throw new AppError('milestone-transition-invalid');
    await linkAttachments(trx, {
      ownerId: input.actorId,
      ids: input.attachmentIds,
      to: { message_id: Number(result.value<number>(message)) },
    });
    return { contractId: contract.id };
  });
}
