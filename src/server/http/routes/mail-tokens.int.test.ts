// Links that act on an account (verification, password reset, email change, undoing a
// withdrawal) are stored only as digests: once their mail is sent, no outbox row holds
// a usable token or the address it went to, so a copy of the database opens nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { loggedInUser, newUserInput } from '../../../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function tokenFromMail(to: string, path: string): Promise<string> {
  const token = (await t.linkFromMail(to, path)).searchParams.get('token');
  if (!token) throw new Error(`no token in the mail to ${to}`);
  return token;
}

async function outboxRowsHolding(text: string) {
  const rows = await t.database.db.selectFrom('outbox').select(['template', 'to_address', 'body_text', 'status']).execute();
  return rows.filter((r) => r.body_text.includes(text) || r.to_address === text);
}

describe('mailed tokens in the outbox', () => {
  it('are gone from the outbox once sent: verification, reset and email change', async () => {
    const anon = await t.client();
    const input = newUserInput();
    expect((await anon.post('/api/v1/auth/register', input)).statusCode).toBe(202);
    const verify = await tokenFromMail(input.email, '/verify-email');
    expect((await anon.post('/api/v1/auth/resend-verification', { email: input.email })).statusCode).toBe(202);
    const resent = await tokenFromMail(input.email, '/verify-email');

    const { user, client } = await loggedInUser(t);
    expect((await anon.post('/api/v1/auth/password-reset', { email: user.email })).statusCode).toBe(202);
    const reset = await tokenFromMail(user.email, '/reset-password');
    const newEmail = `moved_${user.username}@example.jp`;
    const change = await client.post('/api/v1/me/email', { newEmail, password: user.password });
    expect(change.statusCode).toBe(202);
    const changeToken = await tokenFromMail(newEmail, '/confirm-email');

    for (const token of [verify, resent, reset, changeToken]) expect(await outboxRowsHolding(token)).toEqual([]);
    // The rows are still there as a record that a mail went out, without address or text.
    const sent = await t.database.db
      .selectFrom('outbox')
      .select(['template', 'to_address', 'body_text', 'status'])
      .where('template', 'in', ['verify_email', 'reset_password', 'change_email'])
      .execute();
    expect(sent.length).toBeGreaterThanOrEqual(4);
    for (const row of sent) expect(row).toMatchObject({ to_address: null, body_text: '', status: 'sent' });

    // The token mailed still works for its owner.
    const confirmed = await anon.post('/api/v1/auth/password-reset/confirm', {
      token: reset,
      password: 'a new long password 2026',
    });
    expect(confirmed.statusCode).toBe(200);
  });
});
