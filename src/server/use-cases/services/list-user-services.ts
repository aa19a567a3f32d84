// A member's services as anybody sees them on the profile: published and paused ones,
// newest first; none for a member who is not active or is suspended, and none for a
// viewer who blocked the member or was blocked by them (as in search: blocked members
// disappear from each other's public lists).
import { AppError } from '../../../domain/errors';
import { PUBLIC_SERVICE_STATUSES } from '../../../domain/services/process';
import { notBlockedWith } from '../../blocks/filter';
import type { Db } from '../../db/database';
import { type ServiceWithSeller, selectServicesWithSeller } from '../../db/repositories/services';
import { isSuspended } from '../../moderation/suspended';

export interface ListUserServicesInput {
  username: string;
  /** The logged-in reader, if any. */
  viewerId: string | null;
  now: Date;
}

export async function listUserServices(db: Db, input: ListUserServicesInput): Promise<ServiceWithSeller[]> {
  const user = await db.selectFrom('users').select(['id', 'status']).where('username', '=', input.username).executeTakeFirst();
  if (!user || user.status === 'withdrawn') throw new AppError('not-found');
  if (user.status !== 'active') return [];
  if (user.id !== input.viewerId && (await isSuspended(db, user.id, input.now))) return [];
  let q = selectServicesWithSeller(db).where('s.seller_id', '=', user.id).where('s.status', 'in', PUBLIC_SERVICE_STATUSES);
  if (input.viewerId) q = q.where(notBlockedWith(input.viewerId, 's.seller_id'));
  return (await q.orderBy('s.published_at', 'desc').limit(100).execute()) as ServiceWithSeller[];
}
