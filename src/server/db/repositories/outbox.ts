// The transactional outbox: a mail is written in the same transaction as the change it
// reports, and the relay (jobs/dispatch-outbox.ts) sends it after commit. Nothing is sent
// for a rolled-back change.
import { sql } from 'kysely';
import { SECRET_LINK_TEMPLATES, type TemplateName, type TemplateVars, templates } from '../../integrations/mail/templates';
import type { Db } from '../database';

export async function enqueueMail<T extends TemplateName>(
  db: Db,
  mail: {
    to: string;
    userId: string | null;
    template: T;
    vars: TemplateVars<T>;
    now: Date;
    /**
     * Erase the address and text once sent or given up (mail to a withdrawn account);
     * always so for a mail that carries a secret link.
     */
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
      erase_after_send: (mail.eraseAfterSend ?? false) || SECRET_LINK_TEMPLATES.has(mail.template),
    })
    .execute();
}

export async function markMailSent(db: Db, id: number, now: Date): Promise<void> {
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

/** Given up: an erasable mail keeps no address and no text, as when it is sent, nor the address in the error. */
export async function markMailFailed(db: Db, id: number, error: string): Promise<void> {
  await db
    .updateTable('outbox')
    .set((eb) => ({
      status: 'failed',
      // A refusal often quotes the address it was sent to.
      last_error: sql<string>`case when erase_after_send then replace(${error.slice(0, 500)}, coalesce(to_address, ''), '(erased)') else ${error.slice(0, 500)} end`,
      to_address: eb.case().when('erase_after_send', '=', true).then(null).else(eb.ref('to_address')).end(),
      body_text: eb.case().when('erase_after_send', '=', true).then('').else(eb.ref('body_text')).end(),
    }))
    .where('id', '=', id)
    .execute();
}
