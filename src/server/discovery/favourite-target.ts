// What a favourite's path names: a posting by its id (published ones only: a draft is
// nobody else's business), a service by its id (one buyers can see: published or paused,
// of an active seller) or a member by username (active ones). Anything else is 404.
import { normaliseUsername, USERNAME_PATTERN } from '../../domain/accounts/username';
import type { FavouriteKind } from '../../domain/discovery/favourites';
import { AppError } from '../../domain/errors';
import { PUBLIC_SERVICE_STATUSES } from '../../domain/services/process';
import type { Db } from '../db/database';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The target's id, or 404. */
export async function favouriteTarget(db: Db, kind: FavouriteKind, id: string): Promise<string> {
  if (kind === 'job') {
    if (!UUID.test(id)) throw new AppError('not-found');
    const job = await db
      .selectFrom('jobs')
      .select('id')
      .where('id', '=', id)
      .where('published_at', 'is not', null)
      .executeTakeFirst();
    if (!job) throw new AppError('not-found');
    return job.id;
  }
  if (kind === 'service') {
    if (!UUID.test(id)) throw new AppError('not-found');
    const service = await db
      .selectFrom('services as s')
      .innerJoin('users as u', 'u.id', 's.seller_id')
      .select('s.id')
      .where('s.id', '=', id)
      .where('s.status', 'in', PUBLIC_SERVICE_STATUSES)
      .where('u.status', '=', 'active')
      .executeTakeFirst();
    if (!service) throw new AppError('not-found');
    return service.id;
  }
  const username = normaliseUsername(id);
  if (!USERNAME_PATTERN.test(username)) throw new AppError('not-found');
  const member = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .where('status', '=', 'active')
    .where('email_verified_at', 'is not', null)
    .executeTakeFirst();
  if (!member) throw new AppError('not-found');
  return member.id;
}
