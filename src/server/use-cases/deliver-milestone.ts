// The worker delivers (納品) a funded milestone: a message with files in the contract's
// thread, and the countdown to auto-acceptance starts for both sides.
import { AppError } from '../../domain/errors';
import { lockMilestone, moveMilestone, partyRole, refuseWhenFrozen } from '../contracts/core';
import { scheduleAcceptTimers } from '../contracts/release';
import { inTransaction } from '../db/transaction';
import type { Deps } from '../deps';
import { notify } from '../notifications/notify';
import { findThreadId } from '../threads/threads';
import { postMessage } from './messages';

export async function deliverMilestone(
  deps: Deps,
  input: { actorId: string; milestoneId: string; message: string; attachmentIds: string[] },
): Promise<{ contractId: string }> {
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    const { contract, milestone } = await lockMilestone(trx, input.milestoneId);
    if (partyRole(contract, input.actorId) !== 'worker') throw new AppError('forbidden');
    refuseWhenFrozen(contract);
    if (milestone.status !== 'funded') throw new AppError('milestone-transition-invalid');
    // The contract's parties are its thread's members.
    const threadId = await findThreadId(trx, { type: 'contract', id: contract.id });
    const thread = threadId ? { id: threadId, subject_type: 'contract', subject_id: contract.id } : undefined;
    if (!threadId) throw new AppError('not-found');
    const messageId = await postMessage(
      trx,
      deps,
      {
        senderId: input.actorId,
        threadId,
        thread,
        body: `【納品】${milestone.title}\n\n${input.message}`,
        attachmentIds: input.attachmentIds,
        // The delivery notice below tells the client; no second "new message" notice.
        notify: false,
      },
      now,
    );
    const deliveryCount = milestone.delivery_count + 1;
    const autoAcceptAt = await scheduleAcceptTimers(trx, milestone.id, now, deliveryCount, deps.config.autoAcceptDays, now);
    await moveMilestone(
      trx,
      {
        contractId: contract.id,
        milestone,
        action: 'deliver',
        actor: 'worker',
        actorId: input.actorId,
        set: { delivered_at: now, auto_accept_at: autoAcceptAt, delivery_message_id: messageId, delivery_count: deliveryCount },
        detail: { deliveryCount, autoAcceptAt: autoAcceptAt.toISOString() },
      },
      now,
    );
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId: contract.client_id,
        kind: 'milestone.delivered',
        title: `「${contract.title}」が納品されました。検収をお願いします`,
        body: `内容を確認して、検収するか修正依頼をしてください。${deps.config.autoAcceptDays}日以内に回答がない場合は自動で検収され、報酬が支払われます。`,
        link: `/contracts/${contract.id}`,
      },
      now,
    );
    return { contractId: contract.id };
  });
}
