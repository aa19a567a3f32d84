// Task work (タスク形式): workers submit without applying, while the task is open, a
// slot is free (pending and approved submissions hold a slot; a rejected or withdrawn one
// frees it) and the worker is under the posting's per-worker limit (every submission not
// withdrawn counts). The client sees every submission, a worker their own. A worker may withdraw a
// submission not judged yet; after the task has closed its slot is refunded to the client.

import { AppError } from '../../../domain/errors';
import { escrowOpen } from '../../../domain/jobs/escrow-process';
import { earningsOf } from '../../../domain/ledger/recipes';
import { linkAttachments } from '../../attachments/attachments';
import { assertNotBlocked } from '../../blocks/guard';
import { lockActiveAccount } from '../../db/account-lock';
import { openAccounts } from '../../db/repositories/ledger';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { lockWorkJob } from '../../jobs/escrow';
import { taskCounts } from '../../jobs/escrow-close';
import { assertAvailable } from '../../moderation/available';
import { assertNotRestricted } from '../../moderation/restrictions';
import { notify } from '../../notifications/notify';

export interface SubmitTaskInput {
  workerId: string;
  jobId: string;
  body: string;
  attachmentIds: string[];
}

export async function submitTask(deps: Deps, input: SubmitTaskInput): Promise<string> {
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    // A pending submission is a withdrawal blocker for both sides.
    await lockActiveAccount(trx, input.workerId);
    await assertNotRestricted(trx, input.workerId, 'post', now);
    const { job, escrow } = await lockWorkJob(trx, input.jobId);
    if (job.status === 'draft' || job.status === 'cancelled') throw new AppError('not-found');
    if (job.client_id === input.workerId) throw new AppError('own-job');
    await assertNotBlocked(trx, input.workerId, job.client_id);
    await assertAvailable(trx, job.client_id, 'client-unavailable', now);
    if (job.kind !== 'task') throw new AppError('job-kind-not-applicable');
    if (job.status !== 'open' || !escrow || !escrowOpen(escrow.status)) throw new AppError('job-not-open');
    if (job.deadline <= now) throw new AppError('job-deadline-passed');
    const counts = await taskCounts(trx, job.id);
    if (counts.pending + counts.approved >= escrow.units) throw new AppError('task-slots-full');
    // One worker may not take every slot: their submissions not withdrawn (rejected ones
    // too) count against the posting's per-worker limit.
    const mine = await trx
      .selectFrom('task_submissions')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('job_id', '=', job.id)
      .where('worker_id', '=', input.workerId)
      .where('status', '<>', 'withdrawn')
      .executeTakeFirstOrThrow();
    const limit = job.task_worker_limit;
    if (Number(mine.n) >= limit) throw new AppError('task-worker-limit', { limit });
    const row = await trx
      .insertInto('task_submissions')
      .values({ job_id: job.id, worker_id: input.workerId, body: input.body, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await linkAttachments(trx, { ownerId: input.workerId, ids: input.attachmentIds, to: { submission_id: row.id } });
    await openAccounts(trx, [earningsOf(input.workerId)], now);
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId: job.client_id,
        kind: 'task.submitted',
        params: { jobTitle: job.title },
        link: `/jobs/${job.id}/submissions`,
        mail: false,
      },
      now,
    );
    return row.id;
  });
}
