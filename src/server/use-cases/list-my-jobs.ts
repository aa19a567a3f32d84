// A client's own postings, every status, newest first, with their number of applications.
import type { Db } from '../db/database';
import { type JobWithClient, selectJobsWithClient } from '../db/repositories/jobs';

export async function listMyJobs(db: Db, clientId: string): Promise<(JobWithClient & { application_count: number })[]> {
  const rows = await selectJobsWithClient(db)
    .select((eb) =>
      eb
        .selectFrom('applications as a')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('a.job_id', '=', 'j.id')
        .as('application_count'),
    )
    .where('j.client_id', '=', clientId)
    .orderBy('j.created_at', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({ ...(r as unknown as JobWithClient), application_count: Number(r.application_count ?? 0) }));
}
