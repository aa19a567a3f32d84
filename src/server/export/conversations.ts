// The export's conversation sections: the member's threads with every message (each
// marked as the member's or the other party's), notifications and uploaded files.
import type { Db } from '../db/database';
import { plain } from './rows';

export async function exportConversations(db: Db, userId: string) {
  const myThreads = db.selectFrom('thread_members').select('thread_id').where('user_id', '=', userId);
  const [threads, members, messages, notifications, attachments] = await Promise.all([
    db
      .selectFrom('threads')
      .select(['id', 'subject_type', 'subject_id', 'created_at', 'last_message_at'])
      .where('id', 'in', myThreads)
      .orderBy('created_at')
      .execute(),
    db.selectFrom('thread_members').select(['thread_id', 'last_read_message_id']).where('user_id', '=', userId).execute(),
    db
      .selectFrom('messages')
      .select(['id', 'thread_id', 'sender_id', 'body', 'created_at'])
      .where('thread_id', 'in', myThreads)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('notifications')
      .select(['id', 'kind', 'title', 'body', 'link', 'created_at', 'read_at'])
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('attachments')
      .select([
        'id',
        'filename',
        'content_type',
        'size_bytes',
        'message_id',
        'application_id',
        'entry_id',
        'submission_id',
        'created_at',
      ])
      .where('owner_id', '=', userId)
      .orderBy('created_at')
      .execute(),
  ]);

  const side = (senderId: string) => (senderId === userId ? 'me' : 'other');
  return {
    threads: threads.map((t) => ({
      ...plain(t),
      lastReadMessageId: members.find((m) => m.thread_id === t.id)?.last_read_message_id ?? null,
      messages: messages
        .filter((m) => m.thread_id === t.id)
        .map((m) => ({ id: m.id, from: side(m.sender_id), body: m.body, created_at: m.created_at.toISOString() })),
    })),
    notifications: notifications.map(plain),
    attachments: attachments.map(plain),
  };
}
