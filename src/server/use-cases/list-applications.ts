// Applications as each side sees them: a client's applicants for one job, a worker's own
// applications, or one application for either party.
import { AppError } from '../../domain/errors';
import type { Db } from '../db/database';
import { type ApplicationView, findApplicationView, selectApplications } from '../db/repositories/applications';

export async function listJobApplications(db: Db, input: { clientId: string; jobId: string }): Promise<ApplicationView[]> {
  const job = await db.selectFrom('jobs').select(['client_id']).where('id', '=', input.jobId).executeTakeFirst();
  if (!job || job.client_id !== input.clientId) throw new AppError('not-found');
  return (await selectApplications(db)
    .where('a.job_id', '=', input.jobId)
    .orderBy('a.shortlisted', 'desc')
    .orderBy('a.created_at', 'asc')
    .execute()) as ApplicationView[];
}

export async function listMyApplications(db: Db, workerId: string): Promise<ApplicationView[]> {
  return (await selectApplications(db)
    .where('a.worker_id', '=', workerId)
    .orderBy('a.created_at', 'desc')
    .limit(500)
    .execute()) as ApplicationView[];
}

export async function getApplication(db: Db, input: { viewerId: string; applicationId: string }): Promise<ApplicationView> {
  const app = await findApplicationView(db, input.applicationId);
  if (!app || (app.worker_id !== input.viewerId && app.client_id !== input.viewerId)) throw new AppError('not-found');
  return app;
}
