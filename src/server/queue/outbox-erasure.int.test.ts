// A mail to a withdrawn member (and any mail carrying a secret link) keeps neither its
// address nor its text once the relay is done with it: sent, or given up after the last
// attempt.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { enqueueMail } from '../db/repositories/outbox';
import type { Mailer } from '../integrations/mail/mailer';
import { MAIL_MAX_ATTEMPTS, sendDueMail } from './dispatch-outbox';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const refusingMailer: Mailer = {
  kind: 'dev-mailbox',
  async send(mail) {
    throw new Error(`550 mailbox unavailable: <${mail.to}>`);
  },
  async close() {},
};

async function rowTo(to: string) {
  return database.db
    .selectFrom('outbox')
    .select(['id', 'status', 'to_address', 'body_text', 'last_error', 'next_attempt_at'])
    .where((eb) => eb.or([eb('to_address', '=', to), eb('last_error', 'like', `%${to}%`)]))
    .execute();
}

describe('outbox erasure', () => {
  it('a withdrawal mail that fails for good keeps no address, no text and no address in the error', async () => {
    let now = new Date('2026-03-05T00:00:00Z');
    const to = 'leaving-for-good@example.jp';
    await enqueueMail(database.db, {
      to,
      userId: null,
      template: 'withdrawal_confirmation',
      vars: {
        undoLink: 'http://127.0.0.1/restore?token=secret-undo-token',
        undoUntil: '3月19日',
        registerLink: 'http://127.0.0.1/',
      },
      now,
      eraseAfterSend: true,
    });
    const [row] = await rowTo(to);
    if (!row) throw new Error('mail not written');
    for (let attempt = 1; attempt <= MAIL_MAX_ATTEMPTS; attempt++) {
      await sendDueMail({ db: database.db, mailer: refusingMailer }, now);
      const current = await database.db
        .selectFrom('outbox')
        .select('next_attempt_at')
        .where('id', '=', row.id)
        .executeTakeFirstOrThrow();
      now = new Date(current.next_attempt_at);
    }
    const failed = await database.db
      .selectFrom('outbox')
      .select(['status', 'to_address', 'body_text', 'last_error'])
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(failed).toEqual({ status: 'failed', to_address: null, body_text: '', last_error: expect.any(String) });
    expect(failed.last_error).not.toContain(to);
    expect(await rowTo(to)).toEqual([]);
  });

  it('a mail with a reset link is erasable whatever the caller says', async () => {
    const now = new Date('2026-03-06T00:00:00Z');
    const to = 'reset-link@example.jp';
    await enqueueMail(database.db, {
      to,
      userId: null,
      template: 'reset_password',
      vars: { link: 'http://127.0.0.1/reset-password?token=secret-reset-token', minutes: 60 },
      now,
    });
    const sent: string[] = [];
    await sendDueMail({ db: database.db, mailer: { ...refusingMailer, send: async (m) => void sent.push(m.text) } }, now);
    expect(sent.some((text) => text.includes('secret-reset-token'))).toBe(true);
    expect(await rowTo(to)).toEqual([]);
    const rows = await database.db.selectFrom('outbox').select('body_text').execute();
    expect(rows.filter((r) => r.body_text.includes('secret-reset-token'))).toEqual([]);
  });
});
