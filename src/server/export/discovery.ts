// The export's discovery section: the member's favourites, each with what it names (a
// posting's title, a member's username) so the reader can tell them apart.
import { sql } from 'kysely';
import type { Db } from '../db/database';
import { plain } from './rows';

export async function exportFavourites(db: Db, userId: string) {
  const rows = await db
    .selectFrom('favourites as f')
    .select([
      'f.kind',
      'f.target_id',
      'f.created_at',
      sql<string | null>`case f.kind
        when 'job' then (select j.title from jobs j where j.id = f.target_id)
        when 'member' then (select u.username from users u where u.id = f.target_id and u.status = 'active')
      end`.as('name'),
    ])
    .where('f.user_id', '=', userId)
    .orderBy('f.created_at')
    .execute();
  return rows.map(plain);
}
