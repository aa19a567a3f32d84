import { escrowClosed } from '../../../domain/jobs/escrow-process';
import { soleStep } from '../../../domain/process/transitions';
import { TASK_SUBMISSION_TRANSITIONS } from '../../../domain/tasks/process';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { lockWorkJob, remindBeforeDeadline, taskJudgingTimer } from '../../jobs/escrow';
import { notify } from '../../notifications/notify';
import { approve } from '../../tasks/judging';

/**
 * The `task.auto_approve` timer of a closed task's judging period: before the deadline it
 * reminds the client of what is still unjudged (3 and 1 days before) and sets itself for
 * the next step; at the deadline it approves what is still pending.
 */
export async function autoApproveTask(deps: Deps, jobId: string, now: Date): Promise<number> {
  return inTransaction(deps.db, async (trx) => {
    const { job, escrow } = await lockWorkJob(trx, jobId);
    if (!escrow || !escrowClosed(escrow.status) || !escrow.judge_by) return 0;
    const pending = await trx
      .selectFrom('task_submissions')
      .select('id')
      .where('job_id', '=', job.id)
      .where('status', '=', soleStep(TASK_SUBMISSION_TRANSITIONS, 'auto_approve').from)
      .execute();
    const judgeBy = escrow.judge_by;
    if (judgeBy > now) {
      // Nothing left to judge: nothing to remind of, nothing to approve at the deadline.
      if (pending.length === 0) return 0;
      await remindBeforeDeadline(
        trx,
        deps,
        {
          startedAt: escrow.closed_at ?? now,
          deadline: judgeBy,
          timer: (runAt) => taskJudgingTimer(job.id, runAt),
          reminder: (daysLeft) => ({
            userId: job.client_id,
            kind: 'task.judge_reminder',
            params: { jobTitle: job.title, daysLeft, pending: pending.length, deadline: judgeBy.toISOString() },
            link: `/jobs/${job.id}/submissions`,
          }),
        },
        now,
      );
      return 0;
    }
    const n = await approve(trx, deps, { job, escrow, submissionIds: pending.map((p) => p.id), by: 'system' }, now);
    if (n > 0) {
      await notify(
        trx,
        deps.config.publicUrl,
        {
          userId: job.client_id,
          kind: 'task.auto_approved',
          params: { jobTitle: job.title, count: n },
          link: `/jobs/${job.id}/submissions`,
        },
        now,
      );
    }
    return n;
  });
}
