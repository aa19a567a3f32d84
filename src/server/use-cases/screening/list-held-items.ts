// Held items: the staff queue (pending, oldest first), one item with its evidence, and the
// author's own items (their thread view shows a held message as 「スタッフ確認中」).
import { AppError } from '../../../domain/errors';
import type { Db } from '../../db/database';
import type { HeldItemStatus } from '../../db/schema';
import { findHeldItem, HELD_COLUMNS, type HeldItemRow } from '../../screening/held-items';

export interface HeldItemWithAuthor extends HeldItemRow {
  username: string;
  display_name: string | null;
}

const withAuthor = (db: Db) =>
  db
    .selectFrom('held_items as h')
    .innerJoin('users as u', 'u.id', 'h.author_id')
    .select([...HELD_COLUMNS, 'u.username', 'u.display_name']);

export async function listHeldItems(db: Db, query: { status: HeldItemStatus; limit: number }): Promise<HeldItemWithAuthor[]> {
  return withAuthor(db)
    .where('h.status', '=', query.status)
    .orderBy('h.created_at', query.status === 'pending' ? 'asc' : 'desc')
    .orderBy('h.id')
    .limit(query.limit)
    .execute();
}

/** One item for staff, with how many items its author has had held before (and how they ended). */
export async function getHeldItem(db: Db, id: string) {
  const item = await withAuthor(db).where('h.id', '=', id).executeTakeFirst();
  if (!item) throw new AppError('not-found');
  const history = await db
    .selectFrom('held_items')
    .select(['status', (eb) => eb.fn.countAll<string>().as('n')])
    .where('author_id', '=', item.author_id)
    .groupBy('status')
    .execute();
  const counts = Object.fromEntries(history.map((h) => [h.status, Number(h.n)])) as Record<string, number>;
  return { item, history: counts };
}

/** The author's own items, newest first; on one target (a thread) when given. */
export async function listMyHeldItems(
  db: Db,
  query: { authorId: string; targetType?: string; targetId?: string },
): Promise<HeldItemRow[]> {
  let q = db.selectFrom('held_items as h').select(HELD_COLUMNS).where('h.author_id', '=', query.authorId);
  if (query.targetType) q = q.where('h.target_type', '=', query.targetType);
  if (query.targetId) q = q.where('h.target_id', '=', query.targetId);
  return q.orderBy('h.created_at', 'desc').limit(100).execute();
}

export { findHeldItem };
