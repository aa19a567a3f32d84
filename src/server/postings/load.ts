// Loading a posting for its owner's action, with the owner check: anyone else's
// posting is "not found", so ids reveal nothing.
import { AppError } from '../../domain/errors';
import type { Db } from '../db/database';

export async function lockOwnJob(trx: Db, jobId: string, clientId: string) {
  const job = await trx
    .selectFrom('jobs')
    .select(['id', 'client_id', 'status', 'kind', 'deadline'])
    .where('id', '=', jobId)
    .forUpdate()
    .executeTakeFirst();
  if (!job || job.client_id !== clientId) throw new AppError('not-found');
  return job;
}
