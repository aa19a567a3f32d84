// Tells a member about something: an in-app notification, and the same by mail through
// the outbox, in the caller's transaction (so nothing is told about a rolled-back change).
// One statement does it all — look up the member, write the notification and the mail
// (the outbox relay sends it after commit) — because every step of a contract tells
// someone something.
import { sql } from 'kysely';
import type { Db } from '../db/database';
import { always, type Guard, Statement } from '../db/statement';
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

/** A notice sent only if its guard holds when the step's statement runs. */
export type GuardedNotice = NoticeInput & { onlyIf?: Guard };

export async function notify(trx: Db, publicUrl: string, notice: NoticeInput, now: Date): Promise<void> {
  await notifyMany(trx, publicUrl, [notice], now);
}

/** Several notices (to one or more members) in one statement. */
export async function notifyMany(trx: Db, publicUrl: string, notices: NoticeInput[], now: Date): Promise<void> {
  if (notices.length === 0) return;
  const statement = new Statement(trx);
  addNotices(statement, publicUrl, notices, now);
  await statement.execute();
}

/**
 * The notices as parts of a step's statement; a notice with a guard is sent only if the
 * guard holds (a "contract completed" notice only if the contract did complete).
 */
export function addNotices(statement: Statement, publicUrl: string, notices: GuardedNotice[], now: Date): void {
  if (notices.length === 0) return;
  const rows = notices.map((n, i) => {
    const mail = templates.notification({ title: n.title, body: n.body, link: `${publicUrl}${n.link}` });
    return sql`(${i}::int, ${n.userId}::uuid, ${n.kind}, ${n.title}, ${n.body}, ${n.link}, ${n.mail !== false}::boolean, ${mail.subject}, ${mail.text}, ${n.onlyIf ?? always})`;
  });
  const member = statement.with(
    'member',
    sql`select n.*, u.email
        from (values ${sql.join(rows)}) as n (i, user_id, kind, title, body, link, mail, subject, text, live)
        join users u on u.id = n.user_id and u.status <> 'withdrawn'
        where n.live`,
  );
  statement.with(
    'notice',
    sql`insert into notifications (user_id, kind, title, body, link, created_at)
        select user_id, kind, title, body, link, ${now} from ${statement.ref(member)} order by i`,
  );
  statement.with(
    'mail',
    sql`insert into outbox (kind, to_address, user_id, template, subject, body_text, created_at, next_attempt_at, erase_after_send)
        select 'mail', email, user_id, 'notification', subject, text, ${now}, ${now}, false
        from ${statement.ref(member)} where email is not null and mail
        order by i`,
  );
}
