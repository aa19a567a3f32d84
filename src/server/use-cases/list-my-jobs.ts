// A client's own postings, every status, newest first.
import type { Db } from '../db/database';
import { type JobWithClient, selectJobsWithClient } from '../db/repositories/jobs';

export async function listMyJobs(db: Db, clientId: string): Promise<(JobWithClient & { application_count: number })[]> {
  const rows = (await selectJobsWithClient(db)
    .where('j.client_id', '=', clientId)
    .orderBy('j.created_at', 'desc')
    .limit(500)
    .execute()) as JobWithClient[];
  // Applications arrive with the applications feature; until then nobody has applied.
  return rows.map((r) => ({ ...r, application_count: 0 }));
}
