// Reads of member_blocks that refuse nothing (the pages and searches ask them).
import type { Db } from '../db/database';

/** Whether either member has blocked the other. */
export async function blockedEitherWay(db: Db, a: string, b: string): Promise<boolean> {
  const row = await db
    .selectFrom('member_blocks')
    .select('blocker_id')
    .where((eb) =>
      eb.or([
        eb.and([eb('blocker_id', '=', a), eb('blocked_id', '=', b)]),
        eb.and([eb('blocker_id', '=', b), eb('blocked_id', '=', a)]),
      ]),
    )
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether `userId` blocked `otherId` (one direction: the blocker's own view). */
export async function blockedByMe(db: Db, userId: string, otherId: string): Promise<boolean> {
  const row = await db
    .selectFrom('member_blocks')
    .select('blocked_id')
    .where('blocker_id', '=', userId)
    .where('blocked_id', '=', otherId)
    .executeTakeFirst();
  return row !== undefined;
}
