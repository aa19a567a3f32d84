// The `job.deadline` task: closes a posting whose application deadline has passed, and
// settles what closing settles for task and competition money. Idempotent: a posting
// already closed, reopened with a later deadline, or cancelled is left alone.
import type { Deps } from '../../deps';
import { lockWorkJob } from '../../jobs/escrow';
import { closeWorkEscrow } from '../../jobs/escrow-close';

export async function expireJob(deps: Deps, jobId: string, now: Date): Promise<boolean> {
  return deps.db.transaction().execute(async (trx) => {
    const { job, escrow } = await lockWorkJob(trx, jobId);
    if (job.status !== 'open' || job.deadline > now) return false;
    await trx
      .updateTable('jobs')
      .set({ status: 'closed', closed_at: now, closed_reason: 'deadline', updated_at: now })
      .where('id', '=', jobId)
      .where('status', '=', 'open')
      .execute();
    await closeWorkEscrow(trx, deps, { ...job, status: 'closed' }, escrow, now);
    return true;
  });
}
