// Pending applications of a job expire a configured number of days after its deadline:
// one task per job, moved whenever the deadline moves.
import { applicationExpiry } from '../../domain/applications/process';
import type { Db } from '../db/database';
import { enqueueTask } from '../queue/queue';

export const APPLICATIONS_EXPIRE_TASK = 'applications.expire';

/** Moves the expiry of the job's pending applications (and its timer) after its deadline moved. */
export async function scheduleApplicationExpiry(
  db: Db,
  jobId: string,
  deadline: Date,
  expiryDays: number,
  now: Date,
): Promise<Date> {
  const expiresAt = applicationExpiry(deadline, expiryDays);
  await db
    .updateTable('applications')
    .set({ expires_at: expiresAt })
    .where('job_id', '=', jobId)
    .where('status', '=', 'pending')
    .execute();
  await scheduleExpiryTask(db, jobId, expiresAt, now);
  return expiresAt;
}

/** Makes sure the job's expiry timer runs at `expiresAt` (one task per job). */
export async function scheduleExpiryTask(db: Db, jobId: string, expiresAt: Date, now: Date): Promise<void> {
  await enqueueTask(
    db,
    { kind: APPLICATIONS_EXPIRE_TASK, payload: { jobId }, runAt: expiresAt, dedupeKey: `applications.expire:${jobId}` },
    now,
  );
}
