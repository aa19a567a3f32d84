// Competition entries (コンペ応募): a worker submits works before the deadline; the client
// sees them all, each worker sees their own. The result (winner, refund or shared prize)
// is competition-result.ts.

import { AppError } from '../../../domain/errors';
import { escrowOpen } from '../../../domain/jobs/escrow-process';
import { earningsOf } from '../../../domain/ledger/recipes';
import { linkAttachments } from '../../attachments/attachments';
import { assertNotBlocked } from '../../blocks/guard';
import { lockActiveAccount } from '../../db/account-lock';
import { openAccounts } from '../../db/repositories/ledger';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { assertAvailable } from '../../moderation/available';
import { assertNotRestricted } from '../../moderation/restrictions';
import { notify } from '../../notifications/notify';

export const MAX_ENTRIES_PER_WORKER = 5;

export interface SubmitEntryInput {
  workerId: string;
  jobId: string;
  title: string;
  description: string;
  attachmentIds: string[];
}

export async function submitEntry(deps: Deps, input: SubmitEntryInput): Promise<string> {
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    await lockActiveAccount(trx, input.workerId);
    await assertNotRestricted(trx, input.workerId, 'post', now);
    const job = await trx
      .selectFrom('jobs as j')
      .leftJoin('job_escrows as e', 'e.job_id', 'j.id')
      .select(['j.id', 'j.client_id', 'j.status', 'j.kind', 'j.deadline', 'j.title', 'e.status as escrow_status'])
      .where('j.id', '=', input.jobId)
      .forShare('j')
      .executeTakeFirst();
    if (!job || job.status === 'draft' || job.status === 'cancelled') throw new AppError('not-found');
    if (job.client_id === input.workerId) throw new AppError('own-job');
    await assertNotBlocked(trx, input.workerId, job.client_id);
    await assertAvailable(trx, job.client_id, 'client-unavailable', now);
    if (job.kind !== 'competition') throw new AppError('job-kind-not-applicable');
    // The prize is in escrow before anyone works for it.
    if (job.status !== 'open' || !escrowOpen(job.escrow_status)) throw new AppError('job-not-open');
    if (job.deadline <= now) throw new AppError('job-deadline-passed');
    const mine = await trx
      .selectFrom('competition_entries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('job_id', '=', job.id)
      .where('worker_id', '=', input.workerId)
      .where('status', '=', 'submitted')
      .executeTakeFirstOrThrow();
    if (Number(mine.n) >= MAX_ENTRIES_PER_WORKER) throw new AppError('entries-limit');
    const entry = await trx
      .insertInto('competition_entries')
      .values({
        job_id: job.id,
        worker_id: input.workerId,
        title: input.title,
        description: input.description,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await linkAttachments(trx, { ownerId: input.workerId, ids: input.attachmentIds, to: { entry_id: entry.id } });
    await openAccounts(trx, [earningsOf(input.workerId)], now);
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId: job.client_id,
        kind: 'entry.received',
        params: { jobTitle: job.title, entryTitle: input.title },
        link: `/jobs/${job.id}/entries`,
        mail: false,
      },
      now,
    );
    return entry.id;
  });
}
