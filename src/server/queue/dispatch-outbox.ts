// The outbox relay: sends the mail that steps wrote to the outbox in their own
// transaction. The outbox is its own queue (no task per mail): due rows are claimed with
// FOR UPDATE SKIP LOCKED and leased by moving their next attempt `LEASE_MS` ahead, so
// with several app instances each mail is sent by one of them at a time, and a sender
// that dies mid-way leaves its mail to be tried again when the lease ends. The lease is
// short (a verification or reset link must not wait minutes after a crash) and renewed
// just before each mail of a claimed batch is sent; a mail whose lease ran out and was
// claimed again by another sender is left to that sender. A failure is
// retried with exponential backoff; after `MAX_ATTEMPTS` the mail is marked failed so
// that nobody waits for it. Delivery is at least once, as with any outbox.
import { sql } from 'kysely';
import type { Db } from '../db/database';
import { markMailFailed, markMailSent } from '../db/repositories/outbox';
import type { Mailer } from '../integrations/mail/mailer';

/** How long a claimed mail stays with its sender; another sender may take it after. */
export const MAIL_LEASE_MS = 30_000;
export const MAIL_MAX_ATTEMPTS = 8;

interface ClaimedMail {
  id: number;
  to_address: string | null;
  subject: string;
  body_text: string;
  attempts: number;
}

/** Leases up to `limit` due mails, counting the attempt. */
export async function claimDueMail(db: Db, now: Date, limit: number): Promise<ClaimedMail[]> {
  const leaseUntil = new Date(now.getTime() + MAIL_LEASE_MS);
  const { rows } = await sql<ClaimedMail>`
    update outbox set attempts = attempts + 1, next_attempt_at = ${leaseUntil}
    where id in (
      select id from outbox
      where status = 'pending' and next_attempt_at <= ${now}
      order by next_attempt_at, id
      limit ${limit}
      for update skip locked)
    returning id, to_address, subject, body_text, attempts`.execute(db);
  // UPDATE … RETURNING gives no order: send in the order the mails were written.
  return rows.sort((a, b) => a.id - b.id);
}

/**
 * Renews the lease of a claimed mail just before it is sent, counting from `at`; false
 * when the mail is no longer this sender's (its lease ran out and it was claimed again).
 */
async function renewLease(db: Db, mail: ClaimedMail, at: Date): Promise<boolean> {
  const { rows } = await sql<{ id: number }>`
    update outbox set next_attempt_at = ${new Date(at.getTime() + MAIL_LEASE_MS)}
    where id = ${mail.id} and status = 'pending' and attempts = ${mail.attempts}
    returning id`.execute(db);
  return rows.length > 0;
}

/** After a failed attempt: try again later (10 s, 20 s, 40 s … at most an hour), or give up. */
async function retryLater(db: Db, mail: ClaimedMail, now: Date, error: string): Promise<void> {
  if (mail.attempts >= MAIL_MAX_ATTEMPTS) {
    await markMailFailed(db, mail.id, error);
    return;
  }
  const backoffMs = Math.min(3_600_000, 10_000 * 2 ** (mail.attempts - 1));
  await db
    .updateTable('outbox')
    .set({ next_attempt_at: new Date(now.getTime() + backoffMs), last_error: error.slice(0, 500) })
    .where('id', '=', mail.id)
    .where('status', '=', 'pending')
    .execute();
}

/** Sends due mail until none is left (or `max` were tried); returns how many were tried. */
export async function sendDueMail(
  deps: { db: Db; mailer: Mailer },
  now: Date,
  options: { batch?: number; max?: number; onError?: (mailId: number, error: unknown) => void } = {},
): Promise<number> {
  let tried = 0;
  const max = options.max ?? 1000;
  while (tried < max) {
    const due = await claimDueMail(deps.db, now, options.batch ?? 20);
    if (due.length === 0) break;
    const claimedAt = performance.now();
    for (const mail of due) {
      tried++;
      // The earlier mails of the batch took time: the lease restarts from the real moment.
      const sendingAt = new Date(now.getTime() + Math.round(performance.now() - claimedAt));
      if (!(await renewLease(deps.db, mail, sendingAt))) continue;
      // A mail to an address erased since (a withdrawn account) is done without sending.
      if (!mail.to_address) {
        await markMailSent(deps.db, mail.id, now);
        continue;
      }
      try {
        await deps.mailer.send({ outboxId: mail.id, to: mail.to_address, subject: mail.subject, text: mail.body_text });
      } catch (error) {
        options.onError?.(mail.id, error);
        await retryLater(deps.db, mail, now, error instanceof Error ? error.message : String(error));
        continue;
      }
      await markMailSent(deps.db, mail.id, now);
    }
  }
  return tried;
}
