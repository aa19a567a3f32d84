// Sends the mail waiting in the outbox. Safe to run from several instances at once: each
// mail is leased by exactly one of them.
import type { Db } from '../db/database';
import { claimDueMail, markMailFailed, markMailSent } from '../db/repositories/outbox';
import type { Mailer } from '../integrations/mail/mailer';

export async function dispatchOutbox(deps: { db: Db; mailer: Mailer; now: Date }, limit = 20): Promise<number> {
  const due = await claimDueMail(deps.db, deps.now, limit);
  let sent = 0;
  for (const mail of due) {
    if (!mail.to_address) {
      await markMailSent(deps.db, mail.id, deps.now);
      continue;
    }
    try {
      await deps.mailer.send({ outboxId: mail.id, to: mail.to_address, subject: mail.subject, text: mail.body_text });
      await markMailSent(deps.db, mail.id, deps.now);
      sent++;
    } catch (error) {
      await markMailFailed(deps.db, mail.id, deps.now, error instanceof Error ? error.message : String(error), mail.attempts);
    }
  }
  return sent;
}
