// The client's status actions on a posting: publish, close, reopen, cancel — each a
// transition of the posting process, written as a compare-and-set.
import { AppError } from '../../../domain/errors';
import { checkPosting, JOB_TRANSITIONS, type JobAction } from '../../../domain/jobs/posting';
import { checkTransition } from '../../../domain/process/transitions';
import { lockActiveAccount } from '../../db/account-lock';
import type { Deps } from '../../deps';
import { scheduleSavedSearchMatch } from '../../discovery/saved-search-timers';
import { scheduleApplicationExpiry } from '../../jobs/application-timers';
import { declinePendingApplications } from '../../jobs/decline-pending';
import { lockWorkJob, postingDraftOf, requireFunded } from '../../jobs/escrow';
import { cancelWorkEscrow, closeWorkEscrow, reopenWorkEscrow } from '../../jobs/escrow-close';
import { cancelJobDeadline, scheduleJobDeadline } from '../../jobs/timers';
import { assertNotRemovedByStaff } from '../../moderation/removed-content';
import { assertNotRestricted } from '../../moderation/restrictions';

export interface ChangeJobStatusInput {
  clientId: string;
  jobId: string;
  action: Exclude<JobAction, 'expire'>;
  deadline?: string;
}

export async function changeJobStatus(deps: Deps, input: ChangeJobStatusInput): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    // Publishing and reopening create a withdrawal blocker (an open posting).
    if (input.action === 'publish' || input.action === 'reopen') await lockActiveAccount(trx, input.clientId);
    if (input.action === 'publish' || input.action === 'reopen') await assertNotRestricted(trx, input.clientId, 'post', now);
    const { job, escrow } = await lockWorkJob(trx, input.jobId);
    if (job.client_id !== input.clientId) throw new AppError('not-found');
    const step = checkTransition(JOB_TRANSITIONS, input.action, job.status, 'client');
    if (!step.ok) throw new AppError('job-transition-invalid', { currentStatus: job.status });
    // A posting staff closed stays closed.
    if (input.action === 'reopen') await assertNotRemovedByStaff(trx, 'job', job.id);
    // Task and competition money: escrowed before publishing, settled when closing.
    if (input.action === 'publish') requireFunded(job, escrow);
    if (input.action === 'reopen') await reopenWorkEscrow(trx, job, escrow, now);
    if (input.action === 'cancel') await cancelWorkEscrow(trx, deps, job, escrow, now);

    let deadline = job.deadline;
    if (input.action === 'reopen') {
      deadline = new Date(input.deadline ?? '');
    }
    if (input.action === 'publish' || input.action === 'reopen') {
      const issues = checkPosting(postingDraftOf(job, deadline), now, true).filter((i) => i.pointer === '/deadline');
      if (issues.length > 0) throw new AppError('validation-failed', {}, issues);
    }
    const changes = {
      publish: { status: 'open' as const, published_at: now },
      reopen: { status: 'open' as const, deadline, closed_at: null, closed_reason: null },
      close: { status: 'closed' as const, closed_at: now, closed_reason: 'client' as const },
      cancel: { status: 'cancelled' as const, cancelled_at: now },
    }[input.action];
    const updated = await trx
      .updateTable('jobs')
      .set({ ...changes, updated_at: now })
      .where('id', '=', job.id)
      .where('status', '=', step.from)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw new AppError('job-transition-invalid');
    if (step.to === 'open') {
      await scheduleJobDeadline(trx, job.id, deadline, now);
      await scheduleApplicationExpiry(trx, job.id, deadline, deps.config.applicationExpiryDays, now);
      if (input.action === 'publish') await scheduleSavedSearchMatch(trx, 'job', job.id, now);
    } else {
      await cancelJobDeadline(trx, job.id, now);
    }
    if (input.action === 'close') await closeWorkEscrow(trx, deps, { ...job, status: 'closed' }, escrow, now);
    if (input.action === 'cancel') await declinePendingApplications(trx, deps, job.id, 'cancelled', now);
  });
}
