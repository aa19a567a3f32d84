import { AppError } from '../../../domain/errors';
import type { Db } from '../../db/database';
import { type ApplicationView, findApplicationView } from '../../db/repositories/applications';

export interface GetApplicationInput {
  viewerId: string;
  applicationId: string;
}

export async function getApplication(db: Db, input: GetApplicationInput): Promise<ApplicationView> {
  const app = await findApplicationView(db, input.applicationId);
  if (!app || (app.worker_id !== input.viewerId && app.client_id !== input.viewerId)) throw new AppError('not-found');
  return app;
}
