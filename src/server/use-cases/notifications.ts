// The in-app notification list and read marks.
import type { Db } from '../db/database';

export async function listNotifications(db: Db, userId: string) {
  const items = await db
    .selectFrom('notifications')
    .select(['id', 'kind', 'title', 'body', 'params', 'link', 'created_at', 'read_at'])
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .limit(50)
    .execute();
  const unread = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { items, unreadCount: Number(unread.n) };
}

/** Marks one notification (or, without an id, all of them) as read. */
export async function markNotificationsRead(db: Db, input: { userId: string; id?: number; now: Date }): Promise<void> {
  let query = db
    .updateTable('notifications')
    .set({ read_at: input.now })
    .where('user_id', '=', input.userId)
    .where('read_at', 'is', null);
  if (input.id) query = query.where('id', '=', input.id);
  await query.execute();
}
