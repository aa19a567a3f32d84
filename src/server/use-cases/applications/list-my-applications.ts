import type { Db } from '../../db/database';
import { type ApplicationView, selectApplications } from '../../db/repositories/applications';

export async function listMyApplications(db: Db, workerId: string): Promise<ApplicationView[]> {
  return (await selectApplications(db)
    .where('a.worker_id', '=', workerId)
    .orderBy('a.created_at', 'desc')
    .limit(500)
    .execute()) as ApplicationView[];
}
