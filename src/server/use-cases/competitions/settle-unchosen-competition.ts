import { JOB_ESCROW_TRANSITIONS } from '../../../domain/jobs/escrow-process';
import { sharePrize, splitPrize } from '../../../domain/jobs/work-money';
import { canTransition } from '../../../domain/process/transitions';
import { entrantsOf } from '../../competitions/selection';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { lockWorkJob, remindBeforeDeadline, selectionTimer } from '../../jobs/escrow';
import { settleCompetition } from '../../jobs/escrow-close';
import { notifyMany } from '../../notifications/notify';

/**
 * The `competition.selection_due` timer of the selection period: before the deadline it
 * reminds the client to choose (3 and 1 days before) and sets itself for the next step;
 * at the deadline, nobody having been chosen, the entrants share the prize.
 */
export async function settleUnchosenCompetition(deps: Deps, jobId: string, now: Date): Promise<boolean> {
  return inTransaction(deps.db, async (trx) => {
    const { job, escrow } = await lockWorkJob(trx, jobId);
    if (job.status !== 'closed' || !escrow || !canTransition(JOB_ESCROW_TRANSITIONS, 'settle', escrow.status, 'system'))
      return false;
    if (!escrow.selection_due_at) return false;
    const entrants = await entrantsOf(trx, job.id);
    const due = escrow.selection_due_at;
    if (due > now) {
      await remindBeforeDeadline(
        trx,
        deps,
        {
          startedAt: escrow.closed_at ?? now,
          deadline: due,
          timer: (runAt) => selectionTimer(job.id, runAt),
          // Every entry withdrawn: nothing to choose from (the deadline refunds the prize).
          reminder: (daysLeft) =>
            entrants.length === 0
              ? null
              : {
                  userId: job.client_id,
                  kind: 'competition.select_reminder',
                  params: { jobTitle: job.title, daysLeft, deadline: due.toISOString(), entrants: entrants.length },
                  link: `/jobs/${job.id}/entries`,
                },
        },
        now,
      );
      return false;
    }
    if (entrants.length === 0) {
      // Every entry was withdrawn during the selection period: everything goes back.
      await settleCompetition(trx, job, escrow, { kind: 'no_entries', escrow: escrow.total }, null, now);
      return true;
    }
    const shares = sharePrize(escrow.unit_price, entrants.length).map((gross, i) => ({
      workerId: entrants[i]?.workerId ?? '',
      money: splitPrize(gross, deps.config.fees),
    }));
    await settleCompetition(
      trx,
      job,
      escrow,
      { kind: 'shared', shares, clientFee: escrow.client_fee, clientFeeTax: escrow.client_fee_tax },
      null,
      now,
    );
    await notifyMany(
      trx,
      deps.config.publicUrl,
      [
        {
          userId: job.client_id,
          kind: 'competition.shared',
          params: { jobTitle: job.title, role: 'client', entrants: entrants.length },
          link: `/jobs/${job.id}/entries`,
        },
        ...shares.map((s) => ({
          userId: s.workerId,
          kind: 'competition.shared' as const,
          params: { jobTitle: job.title, role: 'worker' as const, net: s.money.workerNet },
          link: `/jobs/${job.id}/entries`,
        })),
      ],
      now,
    );
    return true;
  });
}
