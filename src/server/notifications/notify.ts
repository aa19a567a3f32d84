// Tells a member about something: an in-app notification, and the same by mail through
// the outbox, in the caller's transaction (so nothing is told about a rolled-back change).
import type { Db } from '../db/database';
import { enqueueMail } from '../db/repositories/outbox';

export interface NoticeInput {
  userId: string;
  kind: string;
  title: string;
  body: string;
  /** A path in the web app. */
  link: string;
  mail?: boolean;
}

export async function notify(trx: Db, publicUrl: string, notice: NoticeInput, now: Date): Promise<void> {
  const user = await trx.selectFrom('users').select(['email', 'status']).where('id', '=', notice.userId).executeTakeFirst();
  if (!user || user.status === 'withdrawn') return;
  await trx
    .insertInto('notifications')
    .values({
      user_id: notice.userId,
      kind: notice.kind,
      title: notice.title,
      body: notice.body,
      link: notice.link,
      created_at: now,
    })
    .execute();
  if (notice.mail !== false && user.email) {
    await enqueueMail(trx, {
      now,
      to: user.email,
      userId: notice.userId,
      template: 'notification',
      vars: { title: notice.title, body: notice.body, link: `${publicUrl}${notice.link}` },
    });
  }
}
