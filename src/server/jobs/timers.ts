// Timers of a posting: the deadline closes it by itself.
import type { Db } from '../db/database';
import { cancelTask, enqueueTask } from '../queue/queue';

export const JOB_DEADLINE_TASK = 'job.deadline';

export function scheduleJobDeadline(db: Db, jobId: string, deadline: Date, now: Date): Promise<void> {
  return enqueueTask(
    db,
    { kind: JOB_DEADLINE_TASK, payload: { jobId }, runAt: deadline, dedupeKey: `job.deadline:${jobId}` },
    now,
  );
}

export function cancelJobDeadline(db: Db, jobId: string, now: Date): Promise<void> {
  return cancelTask(db, `job.deadline:${jobId}`, now);
}
