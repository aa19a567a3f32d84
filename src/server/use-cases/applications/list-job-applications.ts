// Applications as each side sees them: a client's applicants for one job, a worker's own
// applications, or one application for either party.

import { AppError } from '../../../domain/errors';
import type { Db } from '../../db/database';
import { type ApplicationView, selectApplications } from '../../db/repositories/applications';

export interface ListJobApplicationsInput {
  clientId: string;
  jobId: string;
}

export async function listJobApplications(db: Db, input: ListJobApplicationsInput): Promise<ApplicationView[]> {
  const job = await db.selectFrom('jobs').select(['client_id']).where('id', '=', input.jobId).executeTakeFirst();
  if (!job || job.client_id !== input.clientId) throw new AppError('not-found');
  return (await selectApplications(db)
    .where('a.job_id', '=', input.jobId)
    .orderBy('a.shortlisted', 'desc')
    .orderBy('a.created_at', 'asc')
    .execute()) as ApplicationView[];
}
