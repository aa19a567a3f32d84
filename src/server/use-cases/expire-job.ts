// The `job.deadline` task: closes a posting whose application deadline has passed.
// Idempotent: a posting already closed, reopened with a later deadline, or cancelled is
// left alone.
import type { Db } from '../db/database';

export async function expireJob(db: Db, jobId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ status: 'closed', closed_at: now, closed_reason: 'deadline', updated_at: now })
    .where('id', '=', jobId)
    .where('status', '=', 'open')
    .where('deadline', '<=', now)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
