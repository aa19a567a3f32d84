import type { Db } from '../../db/database';
import { type ThreadRow, threadsOf } from '../../threads/thread-rows';
import { requireMembership, threadLink } from '../../threads/threads';

export interface ReadThreadInput {
  userId: string;
  threadId: string;
  now: Date;
}

export async function readThread(db: Db, input: ReadThreadInput) {
  await requireMembership(db, input.threadId, input.userId);
  const thread = await threadsOf(db, input.userId).where('t.id', '=', input.threadId).executeTakeFirstOrThrow();
  const messages = await db
    .selectFrom('messages as m')
    .innerJoin('users as u', 'u.id', 'm.sender_id')
    .select(['m.id', 'm.body', 'm.created_at', 'm.sender_id', 'm.removed_at', 'u.username', 'u.display_name', 'u.status'])
    .where('m.thread_id', '=', input.threadId)
    .orderBy('m.id', 'asc')
    .limit(500)
    .execute();
  // Reading the thread also reads its message notices.
  await db
    .updateTable('notifications')
    .set({ read_at: input.now })
    .where('user_id', '=', input.userId)
    .where('kind', '=', 'message.received')
    .where('link', '=', threadLink(thread.subject_type, thread.subject_id, thread.id))
    .where('read_at', 'is', null)
    .execute();
  const last = messages.at(-1);
  if (last) {
    await db
      .updateTable('thread_members')
      .set({ last_read_message_id: Number(last.id) })
      .where('thread_id', '=', input.threadId)
      .where('user_id', '=', input.userId)
      .where('last_read_message_id', '<', Number(last.id))
      .execute();
  }
  return { thread: { ...thread, unread: 0 } as ThreadRow, messages };
}
