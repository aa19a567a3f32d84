// Tells a member about something: an in-app notification, and the same by mail through
// the outbox, in the caller's transaction (so nothing is told about a rolled-back change).
// One statement does it all — look up the member, write the notification and the mail
// (the outbox relay sends it after commit) — because every step of a contract tells
// someone something.
//
// A notice names its kind and the kind's parameters (src/shared/notifications): the row
// keeps them, so the list renders it in the reader's language, and the mail is written
// in the member's language (users.locale), both languages being rendered here and the
// statement picking one per member.
import { sql } from 'kysely';
import { type NotificationInput, renderNotice } from '../../shared/notifications';
import type { Db } from '../db/database';
import { always, type Guard, Statement } from '../db/statement';
import { templates } from '../integrations/mail/templates';

interface NoticeTarget {
  userId: string;
  /** A path in the web app. */
  link: string;
  mail?: boolean;
}

/** A notice of a catalogued kind, with its parameters. */
export type NoticeInput = NoticeTarget & NotificationInput;

/** A notice sent only if its guard holds when the step's statement runs. */
export type Guarded<N extends NoticeInput = NoticeInput> = N & { onlyIf?: Guard };

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

/** The stored title and body (Japanese), the parameters, and the mail in each language. */
function written(n: NoticeInput, publicUrl: string) {
  const link = `${publicUrl}${n.link}`;
  const ja = renderNotice(n, 'ja');
  const en = renderNotice(n, 'en');
  return {
    ...ja,
    params: JSON.stringify(n.params),
    ja: templates.notification({ ...ja, link }),
    en: templates.notification({ ...en, link, lang: 'en' }),
  };
}

/**
 * The notices as parts of a step's statement; a notice with a guard is sent only if the
 * guard holds (a "contract completed" notice only if the contract did complete).
 */
export function addNotices(statement: Statement, publicUrl: string, notices: Guarded[], now: Date): void {
  if (notices.length === 0) return;
  const rows = notices.map((n, i) => {
    const w = written(n, publicUrl);
    return sql`(${i}::int, ${n.userId}::uuid, ${n.kind}, ${w.title}, ${w.body}, ${w.params}::jsonb, ${n.link}, ${n.mail !== false}::boolean, ${w.ja.subject}, ${w.ja.text}, ${w.en.subject}, ${w.en.text}, ${n.onlyIf ?? always})`;
  });
  const member = statement.with(
    'member',
    sql`select n.i, n.user_id, n.kind, n.title, n.body, n.params, n.link, n.mail, u.email,
               case when u.locale = 'en' then n.subject_en else n.subject_ja end as subject,
               case when u.locale = 'en' then n.text_en else n.text_ja end as text
        from (values ${sql.join(rows)})
          as n (i, user_id, kind, title, body, params, link, mail, subject_ja, text_ja, subject_en, text_en, live)
        join users u on u.id = n.user_id and u.status <> 'withdrawn'
        where n.live`,
  );
  statement.with(
    'notice',
    sql`insert into notifications (user_id, kind, title, body, params, link, created_at)
        select user_id, kind, title, body, params, link, ${now} from ${statement.ref(member)} order by i`,
  );
  statement.with(
    'mail',
    sql`insert into outbox (kind, to_address, user_id, template, subject, body_text, created_at, next_attempt_at, erase_after_send)
        select 'mail', email, user_id, 'notification', subject, text, ${now}, ${now}, false
        from ${statement.ref(member)} where email is not null and mail
        order by i`,
  );
}
