// The reports a member made, with their outcome: what was reported and why, and what the
// outcome was in general terms — never what was done to the other member in detail.
import { sql } from 'kysely';
import type { Db } from '../../db/database';

export async function listMyReports(db: Db, reporterId: string) {
  return db
    .selectFrom('reports')
    .select([
      'id',
      'target_kind',
      'reason',
      'note',
      'status',
      'article',
      'decided_at',
      'created_at',
      sql<string>`coalesce(snapshot->>'title', left(snapshot->>'text', 60))`.as('label'),
    ])
    .where('reporter_id', '=', reporterId)
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
}
