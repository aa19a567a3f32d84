// Neither the password reset nor the email change may tell whether an address is
// registered: the same answer, and the same writes before answering (so the same time,
// by construction rather than by measuring).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { loggedInUser, registerVerified } from '../../../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** Rows in the tables a request could write to, by table (and queue task kind). */
async function writes(): Promise<Record<string, number>> {
  const db = t.database.db;
  const count = async (table: 'auth_tokens' | 'outbox' | 'users' | 'audit_events') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const tasks = await db
    .selectFrom('queue_tasks')
    .select(['kind', (eb) => eb.fn.countAll().as('n')])
    .groupBy('kind')
    .execute();
  return {
    auth_tokens: await count('auth_tokens'),
    outbox: await count('outbox'),
    users: await count('users'),
    audit_events: await count('audit_events'),
    ...Object.fromEntries(tasks.map((r) => [`task:${r.kind}`, Number(r.n)])),
  };
}

async function writesOf(action: () => Promise<{ statusCode: number; body: string }>) {
  await t.runTasks();
  const before = await writes();
  const res = await action();
  const after = await writes();
  const delta = Object.fromEntries(
    Object.keys(after)
      .map((k) => [k, after[k]! - (before[k] ?? 0)] as const)
      .filter(([, n]) => n !== 0),
  );
  return { status: res.statusCode, body: res.body, delta };
}

describe('password reset', () => {
  it('answers the same, with the same writes, for a registered and an unknown address; only the member gets mail', async () => {
    const member = await registerVerified(t);
    const anon = await t.client();
    const registered = await writesOf(() => anon.post('/api/v1/auth/password-reset', { email: member.email }));
    const unknown = await writesOf(() => anon.post('/api/v1/auth/password-reset', { email: 'nobody-here@example.jp' }));
    expect(registered).toEqual(unknown);
    expect(registered.status).toBe(202);
    const link = await t.linkFromMail(member.email, '/reset-password');
    expect(link.searchParams.get('token')).toBeTruthy();
    expect(await t.mailsTo('nobody-here@example.jp')).toEqual([]);
  });
});

describe('email change', () => {
  it('answers 202 with the same writes for a taken and a free address; the taken address is told, nothing changes', async () => {
    const { user, client } = await loggedInUser(t);
    const owner = await registerVerified(t);
    const taken = await writesOf(() => client.post('/api/v1/me/email', { newEmail: owner.email, password: user.password }));
    const free = await writesOf(() =>
      client.post('/api/v1/me/email', { newEmail: `free_${user.username}@example.jp`, password: user.password }),
    );
    expect(taken).toEqual(free);
    expect(taken.status).toBe(202);
    const told = (await t.mailsTo(owner.email))[0];
    expect(told?.subject).toContain('すでに使われています');
    expect(told?.body).not.toContain('token=');
    expect((await client.get('/api/v1/me')).json().email).toBe(user.email);
    const confirmLink = await t.linkFromMail(`free_${user.username}@example.jp`, '/confirm-email');
    expect(
      (await client.post('/api/v1/auth/confirm-email-change', { token: confirmLink.searchParams.get('token') })).statusCode,
    ).toBe(200);
  });
});
