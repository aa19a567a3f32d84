// Posts a job: saved as a draft, or published at once (which creates a withdrawal
// blocker, so it goes through the account lock).
import type { JobInput } from '../../../shared/api/jobs';
import { lockActiveAccount } from '../../db/account-lock';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { scheduleSavedSearchMatch } from '../../discovery/saved-search-timers';
import { requireFunded } from '../../jobs/escrow';
import { scheduleJobDeadline } from '../../jobs/timers';
import { jobValues } from '../../jobs/values';
import { assertNotRestricted } from '../../moderation/restrictions';

export interface CreateJobInput {
  clientId: string;
  job: JobInput;
}

export async function createJob(deps: Deps, input: CreateJobInput): Promise<string> {
  const now = deps.clock();
  const values = jobValues(input.job, now, input.job.publish);
  // Task and competition postings are published by paying their budget (fund-job.ts).
  if (input.job.publish) requireFunded(input.job, null);
  return inTransaction(deps.db, async (trx) => {
    await lockActiveAccount(trx, input.clientId);
    await assertNotRestricted(trx, input.clientId, 'post', now);
    const row = await trx
      .insertInto('jobs')
      .values({
        ...values,
        client_id: input.clientId,
        status: input.job.publish ? 'open' : 'draft',
        published_at: input.job.publish ? now : null,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.job.publish) {
      await scheduleJobDeadline(trx, row.id, values.deadline, now);
      await scheduleSavedSearchMatch(trx, 'job', row.id, now);
    }
    return row.id;
  });
}
