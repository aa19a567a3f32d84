// One posting. Drafts and cancelled postings exist only for their owner.
import { AppError } from '../../../domain/errors';
import type { Db } from '../../db/database';
import { findJobWithClient, type JobWithClient } from '../../db/repositories/jobs';

export async function getJob(db: Db, jobId: string, viewerId: string | null): Promise<JobWithClient> {
  const job = await findJobWithClient(db, jobId);
  if (!job) throw new AppError('not-found');
  const isOwner = viewerId !== null && viewerId === job.client_id;
  if ((job.status === 'draft' || job.status === 'cancelled') && !isOwner) throw new AppError('not-found');
  return job;
}
