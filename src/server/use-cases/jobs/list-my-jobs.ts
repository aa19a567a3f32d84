// A client's own postings, every status, newest first, with what came in for each: the
// applications of a project, the submissions of a task (and how many wait to be judged),
// the entries of a competition.
import type { Db } from '../../db/database';
import { type JobWithClient, selectJobsWithClient } from '../../db/repositories/jobs';

export interface MyJobRow extends JobWithClient {
  application_count: number;
  submission_count: number;
  pending_count: number;
  entry_count: number;
}

export async function listMyJobs(db: Db, clientId: string): Promise<MyJobRow[]> {
  const rows = await selectJobsWithClient(db)
    .select((eb) => [
      eb
        .selectFrom('applications as a')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('a.job_id', '=', 'j.id')
        .as('application_count'),
      // Withdrawn submissions and entries are gone from the client's view, so not counted.
      eb
        .selectFrom('task_submissions as s')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('s.job_id', '=', 'j.id')
        .where('s.status', '!=', 'withdrawn')
        .as('submission_count'),
      eb
        .selectFrom('task_submissions as s')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('s.job_id', '=', 'j.id')
        .where('s.status', '=', 'pending')
        .as('pending_count'),
      eb
        .selectFrom('competition_entries as c')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('c.job_id', '=', 'j.id')
        .where('c.status', '=', 'submitted')
        .as('entry_count'),
    ])
    .where('j.client_id', '=', clientId)
    .orderBy('j.created_at', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    ...(r as unknown as JobWithClient),
    application_count: Number(r.application_count ?? 0),
    submission_count: Number(r.submission_count ?? 0),
    pending_count: Number(r.pending_count ?? 0),
    entry_count: Number(r.entry_count ?? 0),
  }));
}
