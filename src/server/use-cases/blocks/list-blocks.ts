// ブロック中の会員: the members I blocked, newest first, a page at a time. Only the
// blocker's own blocks: nobody can list who blocked them.
import { BLOCK_PAGE_SIZE } from '../../../domain/blocks/blocks';
import type { Db } from '../../db/database';

export interface BlockRow {
  user_id: string;
  username: string;
  display_name: string | null;
  created_at: Date;
}

export async function listBlocks(db: Db, userId: string, page: number): Promise<{ rows: BlockRow[]; total: number }> {
  const rows = await db
    .selectFrom('member_blocks as b')
    .innerJoin('users as u', 'u.id', 'b.blocked_id')
    .select(['u.id as user_id', 'u.username', 'u.display_name', 'b.created_at'])
    .where('b.blocker_id', '=', userId)
    .orderBy('b.created_at', 'desc')
    .orderBy('b.blocked_id')
    .limit(BLOCK_PAGE_SIZE)
    .offset((page - 1) * BLOCK_PAGE_SIZE)
    .execute();
  const count = await db
    .selectFrom('member_blocks')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('blocker_id', '=', userId)
    .executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}
