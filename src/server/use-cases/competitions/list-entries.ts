import { AppError } from '../../../domain/errors';
import { attachmentsOf, presentAttachment } from '../../attachments/attachments';
import type { Db } from '../../db/database';

export interface ListEntriesInput {
  viewerId: string;
  jobId: string;
}

export async function listEntries(db: Db, input: ListEntriesInput) {
  const job = await db.selectFrom('jobs').select(['client_id', 'status']).where('id', '=', input.jobId).executeTakeFirst();
  if (!job || ((job.status === 'draft' || job.status === 'cancelled') && job.client_id !== input.viewerId))
    throw new AppError('not-found');
  const isClient = job.client_id === input.viewerId;
  let q = db
    .selectFrom('competition_entries as e')
    .innerJoin('users as u', 'u.id', 'e.worker_id')
    .select([
      'e.id',
      'e.job_id',
      'e.title',
      'e.description',
      'e.status',
      'e.created_at',
      'e.worker_id',
      'u.username',
      'u.display_name',
      'u.status as user_status',
    ])
    .where('e.job_id', '=', input.jobId)
    .orderBy('e.created_at');
  // The client sees every entry; a worker sees only their own.
  if (!isClient) q = q.where('e.worker_id', '=', input.viewerId);
  const rows = await q.execute();
  const files = await attachmentsOf(db, { entry_ids: rows.map((r) => r.id) });
  return rows.map((r) => ({
    ...r,
    role: isClient ? ('client' as const) : ('worker' as const),
    files: files.filter((f) => f.entry_id === r.id).map(presentAttachment),
  }));
}
