// The outbox relay: each pending mail is sent once, failures wait with growing backoff and
// end as failed, a sender that died mid-way leaves its mail to be sent after the lease (well
// within a minute),
// and several senders at once never send a mail twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { enqueueMail } from '../db/repositories/outbox';
import type { Mailer, OutgoingMail } from '../integrations/mail/mailer';
import { claimDueMail, MAIL_LEASE_MS, MAIL_MAX_ATTEMPTS, sendDueMail } from './dispatch-outbox';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ poolSize: 12 });
});
afterAll(async () => {
  await database?.close();
});

const at = (iso: string) => new Date(iso);

/** A mailer that records what it sends, or fails while `down` is set. */
function recordingMailer(): Mailer & { sent: OutgoingMail[]; down: boolean } {
  const mailer = {
    kind: 'dev-mailbox' as const,
    sent: [] as OutgoingMail[],
    down: false,
    async send(mail: OutgoingMail) {
      if (mailer.down) throw new Error('smtp down');
      await new Promise((r) => setTimeout(r, 1));
      mailer.sent.push(mail);
    },
    async close() {},
  };
  return mailer;
}

async function writeMail(to: string, now: Date): Promise<number> {
  await enqueueMail(database.db, {
    to,
    userId: null,
    template: 'notification',
    vars: { title: `${to} さんへのお知らせ`, body: '本文', link: 'http://127.0.0.1/' },
    now,
  });
  const row = await database.db
    .selectFrom('outbox')
    .select('id')
    .where('to_address', '=', to)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

const statusOf = async (id: number) =>
  database.db
    .selectFrom('outbox')
    .select(['status', 'attempts', 'next_attempt_at', 'last_error', 'sent_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

describe('outbox relay', () => {
  it('sends a pending mail once and marks it sent', async () => {
    const now = at('2026-03-01T00:00:00Z');
    const id = await writeMail('relay-once@example.jp', now);
    const mailer = recordingMailer();
    expect(await sendDueMail({ db: database.db, mailer }, now)).toBeGreaterThanOrEqual(1);
    expect(mailer.sent.filter((m) => m.outboxId === id)).toHaveLength(1);
    expect(mailer.sent.find((m) => m.outboxId === id)?.subject).toContain('relay-once@example.jp さんへのお知らせ');
    expect((await statusOf(id)).status).toBe('sent');
    expect(await sendDueMail({ db: database.db, mailer }, new Date(now.getTime() + 86_400_000))).toBe(0);
    expect(mailer.sent.filter((m) => m.outboxId === id)).toHaveLength(1);
  });

  it('waits 10 s, 20 s … after each failure, then marks the mail failed', async () => {
    let now = at('2026-03-02T00:00:00Z');
    const id = await writeMail('relay-flaky@example.jp', now);
    const mailer = recordingMailer();
    mailer.down = true;
    const errors: number[] = [];
    await sendDueMail({ db: database.db, mailer }, now, { onError: (mailId) => errors.push(mailId) });
    expect(errors).toEqual([id]);
    const first = await statusOf(id);
    expect(first).toMatchObject({ status: 'pending', attempts: 1, last_error: 'smtp down' });
    expect(new Date(first.next_attempt_at).getTime()).toBe(now.getTime() + 10_000);
    // Not before its time.
    expect(await sendDueMail({ db: database.db, mailer }, new Date(now.getTime() + 5_000))).toBe(0);
    for (let attempt = 2; attempt <= MAIL_MAX_ATTEMPTS; attempt++) {
      now = new Date((await statusOf(id)).next_attempt_at);
      await sendDueMail({ db: database.db, mailer }, now);
    }
    const last = await statusOf(id);
    expect(last).toMatchObject({ status: 'failed', attempts: MAIL_MAX_ATTEMPTS, last_error: 'smtp down' });
    mailer.down = false;
    expect(await sendDueMail({ db: database.db, mailer }, new Date(now.getTime() + 86_400_000))).toBe(0);
    expect(mailer.sent).toHaveLength(0);
  });

  it('sends a mail again within a minute when its sender died before finishing', async () => {
    const now = at('2026-03-03T00:00:00Z');
    const id = await writeMail('relay-crash@example.jp', now);
    // A sender claims it and dies without sending.
    expect((await claimDueMail(database.db, now, 50)).map((m) => m.id)).toContain(id);
    const mailer = recordingMailer();
    expect(await sendDueMail({ db: database.db, mailer }, new Date(now.getTime() + 20_000))).toBe(0);
    await sendDueMail({ db: database.db, mailer }, new Date(now.getTime() + 45_000));
    expect(mailer.sent.map((m) => m.outboxId)).toEqual([id]);
    expect(await statusOf(id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('leaves a mail to the sender that took it over after its lease ran out', async () => {
    const now = at('2026-03-03T12:00:00Z');
    const first = await writeMail('relay-slow-1@example.jp', now);
    const second = await writeMail('relay-slow-2@example.jp', now);
    const taker = recordingMailer();
    // The first sender claims both, then hangs on the first mail past the lease; a second
    // sender takes over both.
    const slow = recordingMailer();
    const send = slow.send.bind(slow);
    let tookOver = false;
    slow.send = async (mail) => {
      if (!tookOver) {
        tookOver = true;
        await sendDueMail({ db: database.db, mailer: taker }, new Date(now.getTime() + MAIL_LEASE_MS + 1_000));
      }
      await send(mail);
    };
    await sendDueMail({ db: database.db, mailer: slow }, now, { batch: 2 });
    const sent = [...slow.sent, ...taker.sent].map((m) => m.outboxId);
    // The mail it hung on may go out twice (at least once); the one it had not started, once.
    expect(sent.filter((i) => i === first).length).toBeGreaterThanOrEqual(1);
    expect(sent.filter((i) => i === second)).toHaveLength(1);
    expect((await statusOf(second)).status).toBe('sent');
  });

  it('marks a mail whose address was erased as done without sending it', async () => {
    const now = at('2026-03-04T00:00:00Z');
    const id = await writeMail('relay-erased@example.jp', now);
    await database.db.updateTable('outbox').set({ to_address: null }).where('id', '=', id).execute();
    const mailer = recordingMailer();
    await sendDueMail({ db: database.db, mailer }, now);
    expect(mailer.sent).toHaveLength(0);
    expect((await statusOf(id)).status).toBe('sent');
  });

  it('with several senders at once, sends every mail exactly once', async () => {
    const now = at('2026-03-05T00:00:00Z');
    const ids: number[] = [];
    for (let i = 0; i < 40; i++) ids.push(await writeMail(`relay-many-${i}@example.jp`, now));
    const mailer = recordingMailer();
    await Promise.all(Array.from({ length: 4 }, () => sendDueMail({ db: database.db, mailer }, now, { batch: 5 })));
    const counts = new Map<number, number>();
    for (const m of mailer.sent) counts.set(m.outboxId, (counts.get(m.outboxId) ?? 0) + 1);
    expect(ids.every((id) => counts.get(id) === 1)).toBe(true);
    expect(mailer.sent).toHaveLength(40);
  });
});
