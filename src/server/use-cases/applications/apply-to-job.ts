// A worker applies to a project job (応募). Creates a withdrawal blocker for the worker,
// so it goes through the account lock; the job row is read FOR SHARE, so applying and
// closing the job cannot interleave.
import { applicationExpiry, checkApply } from '../../../domain/applications/process';
import { AppError } from '../../../domain/errors';
import type { ApplyBody } from '../../../shared/api/applications';
import { linkAttachments } from '../../attachments/attachments';
import { assertNotBlocked } from '../../blocks/guard';
import { lockActiveAccount } from '../../db/account-lock';
import { isUniqueViolation } from '../../db/errors';
import { lockJobRowForShare } from '../../db/repositories/locks';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { scheduleExpiryTask } from '../../jobs/application-timers';
import { assertAvailable } from '../../moderation/available';
import { assertNotRestricted } from '../../moderation/restrictions';
import { notify } from '../../notifications/notify';
import { createThread } from '../../threads/threads';

export interface ApplyToJobInput {
  workerId: string;
  jobId: string;
  application: ApplyBody;
}

export async function applyToJob(deps: Deps, input: ApplyToJobInput): Promise<string> {
  const now = deps.clock();
  try {
    return await inTransaction(deps.db, async (trx) => {
      await lockActiveAccount(trx, input.workerId);
      await assertNotRestricted(trx, input.workerId, 'post', now);
      const job = await lockJobRowForShare(trx, input.jobId);
      if (!job || job.status === 'draft' || job.status === 'cancelled') throw new AppError('not-found');
      await assertNotBlocked(trx, input.workerId, job.client_id);
      await assertAvailable(trx, job.client_id, 'client-unavailable', now);
      const refusal = checkApply(
        { status: job.status, kind: job.kind, deadline: job.deadline, clientId: job.client_id },
        input.workerId,
        now,
      );
      if (refusal) throw new AppError(refusal);
      const expiresAt = applicationExpiry(job.deadline, deps.config.applicationExpiryDays);
      const row = await trx
        .insertInto('applications')
        .values({
          job_id: job.id,
          worker_id: input.workerId,
          proposal: input.application.proposal,
          quoted_amount: input.application.quotedAmount,
          delivery_days: input.application.deliveryDays,
          expires_at: expiresAt,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await linkAttachments(trx, {
        ownerId: input.workerId,
        ids: input.application.attachmentIds,
        to: { application_id: row.id },
      });
      await scheduleExpiryTask(trx, job.id, expiresAt, now);
      await createThread(trx, { type: 'application', id: row.id }, [input.workerId, job.client_id], now);
      await notify(
        trx,
        deps.config.publicUrl,
        {
          userId: job.client_id,
          kind: 'application.received',
          params: { jobTitle: job.title },
          link: `/jobs/${job.id}/applications`,
        },
        now,
      );
      return row.id;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'applications_once_per_job')) throw new AppError('already-applied');
    throw error;
  }
}
