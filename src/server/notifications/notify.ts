// Tells a member about something: an in-app notification, and the same by mail through
// the outbox, in the caller's transaction (so nothing is told about a rolled-back change).
// One statement does it all — look up the member, write the notification, the mail and
// the task that sends it — because every step of a contract tells someone something.
import { sql } from 'kysely';
import type { Db } from '../db/database';
import { templates } from '../integrations/mail/templates';

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
  await notifyMany(trx, publicUrl, [notice], now);
}

/** Several notices (to one or more members) in one statement. */
export async function notifyMany(trx: Db, publicUrl: string, notices: NoticeInput[], now: Date): Promise<void> {
  if (notices.length === 0) return;
  const rows = notices.map((n, i) => {
    const mail = templates.notification({ title: n.title, body: n.body, link: `${publicUrl}${n.link}` });
    return sql`(${i}::int, ${n.userId}::uuid, ${n.kind}, ${n.title}, ${n.body}, ${n.link}, ${n.mail !== false}::boolean, ${mail.subject}, ${mail.text})`;
  });
  await sql`
    with notices (i, user_id, kind, title, body, link, mail, subject, text) as (
      values ${sql.join(rows)}
    ), member as (
      select n.*, u.email from notices n join users u on u.id = n.user_id and u.status <> 'withdrawn'
    ), notice as (
      insert into notifications (user_id, kind, title, body, link, created_at)
      select user_id, kind, title, body, link, ${now} from member order by i
    ), mail as (
      insert into outbox (kind, to_address, user_id, template, subject, body_text, created_at, next_attempt_at, erase_after_send)
      select 'mail', email, user_id, 'notification', subject, text, ${now}, ${now}, false
      from member where email is not null and mail
      order by i
      returning id
    )
    insert into queue_tasks (kind, payload, run_at, max_attempts, created_at)
    select 'mail.send', jsonb_build_object('outboxId', id), ${now}, 8, ${now} from mail order by id`.execute(trx);
}
