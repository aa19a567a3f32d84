// The in-app notification list and read marks.

import type { Db } from '../../db/database';

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
