// Where mail goes: an SMTP server in production, the development mailbox otherwise.
import nodemailer from 'nodemailer';
import type { Db } from '../../db/database';

export interface OutgoingMail {
  outboxId: number;
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  readonly kind: 'smtp' | 'dev-mailbox';
  send(mail: OutgoingMail): Promise<void>;
  close(): Promise<void>;
}

export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    kind: 'smtp',
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    async close() {
      transport.close();
    },
  };
}

/** Stores mail for the built-in viewer at /dev/mail. Never used in production mode. */
export function devMailboxMailer(db: Db): Mailer {
  return {
    kind: 'dev-mailbox',
    async send(mail) {
      await db
        .insertInto('dev_mailbox')
        .values({ outbox_id: mail.outboxId, to_address: mail.to, subject: mail.subject, body_text: mail.text })
        .execute();
    },
    async close() {},
  };
}

/**
 * Every mail says who sent it: the operator's legal name, address and where to ask
 * (特定電子メール法 asks the sender's name, address and a contact on mail that advertises;
 * all mail carries it alike). The address is left out when the settings have none.
 */
export function withOperatorFooter(
  mailer: Mailer,
  operator: { legalName: string; email: string; postalCode?: string; address?: string },
): Mailer {
  const address = operator.address
    ? `所在地: ${operator.postalCode ? `〒${operator.postalCode} ` : ''}${operator.address}\n`
    : '';
  const footer = `\n運営: ${operator.legalName}\n${address}お問い合わせ: ${operator.email}\n`;
  return {
    kind: mailer.kind,
    send: (mail) => mailer.send({ ...mail, text: `${mail.text.replace(/\n+$/, '\n')}${footer}` }),
    close: () => mailer.close(),
  };
}
