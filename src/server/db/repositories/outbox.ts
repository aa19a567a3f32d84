// The transactional outbox: a mail is written in the same transaction as the change it
// reports, and sent after commit by the dispatcher. Nothing is sent for a rolled-back change.
import { sql } from 'kysely';
import { type TemplateName, type TemplateVars, templates } from '../../integrations/mail/templates';
import type { Db } from '../database';

export async function enqueueMail<T extends TemplateName>(
  db: Db,
  mail: {
    to: string;
    userId: string | null;
    template: T;
    vars: TemplateVars<T>;
    now: Date;
    /** Erase the address and text once sent (mail to a withdrawn account). */
    eraseAfterSend?: boolean;
  },
): Promise<void> {
  const render = templates[mail.template] as (v: TemplateVars<T>) => { subject: string; text: string };
  const content = render(mail.vars);
  await db
    .insertInto('outbox')
    .values({
      kind: 'mail',
      to_address: mail.to,
      user_id: mail.userId,
      template: mail.template,
      subject: content.subject,
      body_text: content.text,
      created_at: mail.now,
      next_attempt_at: mail.now,
      erase_after_send: mail.eraseAfterSend ?? false,
    })
    .execute();
}

export interface ClaimedMail {
  id: string;
  to_address: string | null;
  subject: string;
  body_text: string;
  attempts: number;
}

/** Leases up to `limit` due mails for 5 minutes; a crashed sender's lease simply expires. */
export async function claimDueMail(db: Db, now: Date, limit: number): Promise<ClaimedMail[]> {
  const result = await sql<ClaimedMail>`
    update outbox set attempts = attempts + 1, next_attempt_at = ${now}::timestamptz + interval '5 minutes'
    where id in (
      select id from outbox
      where status = 'pending' and next_attempt_at <= ${now}
      order by id limit ${limit}
      for update skip locked)
    returning id, to_address, subject, body_text, attempts`.execute(db);
  return result.rows;
}

export async function markMailSent(db: Db, id: string, now: Date): Promise<void> {
  await db
    .updateTable('outbox')
    .set((eb) => ({
      status: 'sent',
      sent_at: now,
      last_error: null,
      to_address: eb.case().when('erase_after_send', '=', true).then(null).else(eb.ref('to_address')).end(),
      body_text: eb.case().when('erase_after_send', '=', true).then('').else(eb.ref('body_text')).end(),
    }))
    .where('id', '=', id)
    .execute();
}

export async function markMailFailed(db: Db, id: string, now: Date, error: string, attempts: number): Promise<void> {
  const giveUp = attempts >= 8;
  const backoffSeconds = Math.min(3600, 30 * 2 ** (attempts - 1));
  await db
    .updateTable('outbox')
    .set({
      status: giveUp ? 'failed' : 'pending',
      last_error: error.slice(0, 500),
      next_attempt_at: new Date(now.getTime() + backoffSeconds * 1000),
    })
    .where('id', '=', id)
    .execute();
}
