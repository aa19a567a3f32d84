// Blocked members disappear from each other's searches and public lists while logged in.
// Two NOT EXISTS, one per direction, each answered by an index of member_blocks (the
// primary key for "I blocked them", member_blocks_blocked_idx for "they blocked me").
import { type SqlBool, sql } from 'kysely';
import type { Db } from '../db/database';

/** A condition on a row whose `column` names a member: neither they nor the viewer blocked the other. */
export function notBlockedWith(viewerId: string, column: string) {
  return sql<SqlBool>`not exists (select 1 from member_blocks mb where mb.blocker_id = ${viewerId} and mb.blocked_id = ${sql.ref(column)})
    and not exists (select 1 from member_blocks mb where mb.blocked_id = ${viewerId} and mb.blocker_id = ${sql.ref(column)})`;
}

/**
 * Whether the viewer has any block either way: a search of one who has none is the public
 * one (and may come from the shared cache).
 */
export async function hasAnyBlock(db: Db, userId: string): Promise<boolean> {
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .or([
          eb.exists(eb.selectFrom('member_blocks').select('blocked_id').where('blocker_id', '=', userId)),
          eb.exists(eb.selectFrom('member_blocks').select('blocker_id').where('blocked_id', '=', userId)),
        ])
        .as('any'),
    ])
    .executeTakeFirstOrThrow();
  return Boolean(row.any);
}

/** The member searching, if logged in (null for a visitor). */
export function searcherOf(auth: { user: { id: string } } | null | undefined): string | null {
  return auth?.user.id ?? null;
}
