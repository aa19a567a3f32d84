// Edits a draft or an open posting. `publish: true` on a draft publishes it too.
import { AppError } from '../../../domain/errors';
import type { JobInput } from '../../../shared/api/jobs';
import { lockActiveAccount } from '../../db/account-lock';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { scheduleSavedSearchMatch } from '../../discovery/saved-search-timers';
import { scheduleApplicationExpiry } from '../../jobs/application-timers';
import { lockWorkJob, refuseMoneyChange, requireFunded } from '../../jobs/escrow';
import { scheduleJobDeadline } from '../../jobs/timers';
import { jobValues } from '../../jobs/values';
import { assertNotRestricted } from '../../moderation/restrictions';

export interface UpdateJobInput {
  clientId: string;
  jobId: string;
  job: JobInput;
}

export async function updateJob(deps: Deps, input: UpdateJobInput): Promise<void> {
  const now = deps.clock();
  await inTransaction(deps.db, async (trx) => {
    await lockActiveAccount(trx, input.clientId);
    const { job, escrow } = await lockWorkJob(trx, input.jobId);
    if (job.client_id !== input.clientId) throw new AppError('not-found');
    if (job.status !== 'draft' && job.status !== 'open') throw new AppError('job-not-editable');
    // A published posting keeps its kind: applicants applied to that kind of work.
    if (job.status === 'open' && input.job.kind !== job.kind) throw AppError.field('/kind', 'invalid-choice');
    const publishing = job.status === 'draft' && input.job.publish;
    // Publishing, or changing what is published, is posting; a draft may still be edited.
    if (publishing || job.status === 'open') await assertNotRestricted(trx, input.clientId, 'post', now);
    const deadlineChanged = new Date(input.job.deadline).getTime() !== job.deadline.getTime();
    const values = jobValues(input.job, now, publishing || (job.status === 'open' && deadlineChanged), job.task_worker_limit);
    // What was paid into escrow (or is on its way) fixes the posting's money.
    refuseMoneyChange(escrow, job, values);
    if (publishing) requireFunded(input.job, escrow);
    await trx
      .updateTable('jobs')
      .set({ ...values, ...(publishing ? { status: 'open' as const, published_at: now } : {}) })
      .where('id', '=', job.id)
      .execute();
    if (publishing || job.status === 'open') {
      await scheduleJobDeadline(trx, job.id, values.deadline, now);
      await scheduleApplicationExpiry(trx, job.id, values.deadline, deps.config.applicationExpiryDays, now);
    }
    if (publishing) await scheduleSavedSearchMatch(trx, 'job', job.id, now);
  });
}
