// Sends one mail of the outbox (the `mail.send` task). Idempotent: a mail already sent
// is skipped. A failure is retried by the queue; on the last attempt the mail is marked
// failed so that nobody waits for it.
import type { Db } from '../db/database';
import { findPendingMail, markMailFailed, markMailSent } from '../db/repositories/outbox';
import type { Mailer } from '../integrations/mail/mailer';

export async function sendOutboxMail(
  deps: { db: Db; mailer: Mailer; now: Date },
  outboxId: number,
  attempt: { number: number; last: boolean },
): Promise<void> {
  const mail = await findPendingMail(deps.db, outboxId);
  if (!mail) return;
  if (!mail.to_address) {
    await markMailSent(deps.db, mail.id, deps.now);
    return;
  }
  try {
    await deps.mailer.send({ outboxId: mail.id, to: mail.to_address, subject: mail.subject, text: mail.body_text });
  } catch (error) {
    if (attempt.last) await markMailFailed(deps.db, mail.id, error instanceof Error ? error.message : String(error));
    throw error;
  }
  await markMailSent(deps.db, mail.id, deps.now);
}
