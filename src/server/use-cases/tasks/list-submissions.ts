import { AppError } from '../../../domain/errors';
import { attachmentsOf, presentAttachment } from '../../attachments/attachments';
import type { Db } from '../../db/database';

export interface ListSubmissionsInput {
  viewerId: string;
  jobId: string;
}

export async function listSubmissions(db: Db, input: ListSubmissionsInput) {
  const job = await db
    .selectFrom('jobs as j')
    .leftJoin('job_escrows as e', 'e.job_id', 'j.id')
    .select(['j.id', 'j.client_id', 'j.status', 'j.kind', 'e.judge_by'])
    .where('j.id', '=', input.jobId)
    .executeTakeFirst();
  if (!job || ((job.status === 'draft' || job.status === 'cancelled') && job.client_id !== input.viewerId))
    throw new AppError('not-found');
  if (job.kind !== 'task') throw new AppError('job-kind-not-applicable');
  const isClient = job.client_id === input.viewerId;
  let q = db
    .selectFrom('task_submissions as s')
    .innerJoin('users as u', 'u.id', 's.worker_id')
    .select([
      's.id',
      's.job_id',
      's.body',
      's.status',
      's.reject_reason',
      's.decided_by',
      's.decided_at',
      's.created_at',
      's.worker_id',
      'u.username',
      'u.display_name',
      'u.status as user_status',
    ])
    .where('s.job_id', '=', job.id)
    .orderBy('s.created_at')
    .orderBy('s.id');
  if (!isClient) q = q.where('s.worker_id', '=', input.viewerId);
  const rows = await q.execute();
  const files = await attachmentsOf(db, { submission_ids: rows.map((r) => r.id) });
  return {
    isClient,
    judgeBy: job.judge_by,
    items: rows.map((r) => ({ ...r, files: files.filter((f) => f.submission_id === r.id).map(presentAttachment) })),
  };
}
