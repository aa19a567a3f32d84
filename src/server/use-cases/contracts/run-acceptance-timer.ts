import { acceptanceReminderDue, MILESTONE_TRANSITIONS, nextAcceptanceCheck } from '../../../domain/contracts/process';
import { isFrozen } from '../../../domain/policies/contracts';
import { canTransition } from '../../../domain/process/transitions';
import { lockMilestone } from '../../contracts/core';
import { acceptanceTimer, releaseMilestone } from '../../contracts/release';
import { Statement } from '../../db/statement';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { addNotices } from '../../notifications/notify';
import { addTasks } from '../../queue/queue';

export interface RunAcceptanceTimerInput {
  milestoneId: string;
  deliveryCount: number;
}

/**
 * The `milestone.acceptance` timer of a delivery. Idempotent: it acts only for the
 * delivery it was set for, still unanswered, and not frozen by a dispute. From the
 * deadline on it accepts (automatic 検収, the escrow released); before it, it reminds
 * the client of the days left when a reminder time has passed, and sets itself for the
 * next reminder or the deadline — all in one transaction, so a reminder is sent once.
 */
export async function runAcceptanceTimer(deps: Deps, input: RunAcceptanceTimerInput, now: Date): Promise<void> {
  await inTransaction(deps.db, async (trx) => {
    const found = await lockMilestone(trx, input.milestoneId).catch(() => null);
    if (!found) return;
    const { contract, milestone } = found;
    const waiting = canTransition(MILESTONE_TRANSITIONS, 'auto_accept', milestone.status, 'system');
    if (!waiting || milestone.delivery_count !== input.deliveryCount) return;
    const deadline = milestone.auto_accept_at;
    const deliveredAt = milestone.delivered_at;
    if (!deadline || !deliveredAt) return;
    // A dispute freezes the countdown; staff settle the escrow instead.
    if (isFrozen(contract)) return;
    if (now.getTime() >= deadline.getTime()) {
      await releaseMilestone(trx, deps, { contract, milestone, automatic: true, actorId: null }, now);
      return;
    }
    const statement = new Statement(trx);
    const daysLeft = acceptanceReminderDue(deliveredAt, deadline, now);
    if (daysLeft !== null) {
      addNotices(
        statement,
        deps.config.publicUrl,
        [
          {
            userId: contract.client_id,
            kind: 'milestone.accept_reminder',
            params: { title: contract.title, daysLeft, deadline: deadline.toISOString() },
            link: `/contracts/${contract.id}`,
          },
        ],
        now,
      );
    }
    // Set again while running: the queue runs the task once more at the new time.
    addTasks(
      statement,
      [acceptanceTimer(milestone.id, input.deliveryCount, nextAcceptanceCheck(deliveredAt, deadline, now))],
      now,
    );
    await statement.execute();
  });
}
