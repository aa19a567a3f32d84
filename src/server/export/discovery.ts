// The export's discovery sections: saved searches, and the member's favourites, each with what it names (a
// posting's or a service's title, a member's username) so the reader can tell them apart.
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
        when 'service' then (select s.title from services s where s.id = f.target_id)
        when 'member' then (select u.username from users u where u.id = f.target_id and u.status = 'active')
      end`.as('name'),
    ])
    .where('f.user_id', '=', userId)
    .orderBy('f.created_at')
    .execute();
  return rows.map(plain);
}

/** The member's saved searches, what matched them and the days their digest went out. */
export async function exportSavedSearches(db: Db, userId: string) {
  const [searches, matches, digests] = await Promise.all([
    db
      .selectFrom('saved_searches')
      .select(['id', 'kind', 'name', 'query', 'notify', 'created_at', 'updated_at'])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('saved_search_matches')
      .select(['saved_search_id', 'target_id', 'matched_at', 'digested_at'])
      .where('user_id', '=', userId)
      .orderBy('matched_at')
      .execute(),
    db
      .selectFrom('saved_search_digests')
      .select(['day', 'match_count', 'sent_at'])
      .where('user_id', '=', userId)
      .orderBy('day')
      .execute(),
  ]);
  return { searches: searches.map(plain), matches: matches.map(plain), digests: digests.map(plain) };
}

/** The members the member blocked (never those who blocked them: blocking is silent). */
export async function exportBlocks(db: Db, userId: string) {
  const rows = await db
    .selectFrom('member_blocks as b')
    .leftJoin('users as u', 'u.id', 'b.blocked_id')
    .select(['b.blocked_id', 'u.username', 'b.created_at'])
    .where('b.blocker_id', '=', userId)
    .orderBy('b.created_at')
    .execute();
  return rows.map(plain);
}
