// A member's services as anybody sees them on the profile: published and paused ones,
// newest first; none for a member who is not active.
import { AppError } from '../../../domain/errors';
import { PUBLIC_SERVICE_STATUSES } from '../../../domain/services/process';
import type { Db } from '../../db/database';
import { type ServiceWithSeller, selectServicesWithSeller } from '../../db/repositories/services';

export interface ListUserServicesInput {
  username: string;
}

export async function listUserServices(db: Db, input: ListUserServicesInput): Promise<ServiceWithSeller[]> {
  const user = await db.selectFrom('users').select(['id', 'status']).where('username', '=', input.username).executeTakeFirst();
  if (!user || user.status === 'withdrawn') throw new AppError('not-found');
  if (user.status !== 'active') return [];
  return (await selectServicesWithSeller(db)
    .where('s.seller_id', '=', user.id)
    .where('s.status', 'in', PUBLIC_SERVICE_STATUSES)
    .orderBy('s.published_at', 'desc')
    .limit(100)
    .execute()) as ServiceWithSeller[];
}
