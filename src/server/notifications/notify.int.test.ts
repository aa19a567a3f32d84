// A notice named by its kind reaches each member in their language: on screen in the
// language the page asks for, by mail in the language of the account (users.locale).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import { loggedInUser, newUserInput } from '../../../test/factories';
import { notify, notifyMany } from './notify';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** Registers in English (the browser asks for English), verifies and logs in. */
async function englishMember() {
  const client = await t.client({ lang: 'en-GB,en;q=0.9' });
  const input = newUserInput();
  expect((await client.post('/api/v1/auth/register', input)).statusCode).toBe(202);
  const link = await t.linkFromMail(input.email, '/verify-email');
  expect((await client.post('/api/v1/auth/verify-email', { token: link.searchParams.get('token') })).statusCode).toBe(200);
  expect((await client.post('/api/v1/auth/login', { email: input.email, password: input.password })).statusCode).toBe(200);
  return { client, email: input.email, id: await userId(input.username) };
}

async function userId(username: string): Promise<string> {
  const row = await t.database.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
  return row.id;
}

const paid = { kind: 'payout.paid', params: { net: 12_345 }, link: '/mypage/payouts' } as const;

describe('notices in the reader’s language', () => {
  it('registers a member in the language the browser asked for', async () => {
    const en = await englishMember();
    const ja = await loggedInUser(t);
    const locales = await t.database.db
      .selectFrom('users')
      .select(['email', 'locale'])
      .where('email', 'in', [en.email, ja.user.email])
      .execute();
    expect(Object.fromEntries(locales.map((r) => [r.email, r.locale]))).toEqual({ [en.email]: 'en', [ja.user.email]: 'ja' });
  });

  it('tells an English member in English on screen and by mail, and a Japanese member in Japanese', async () => {
    const en = await englishMember();
    const ja = await loggedInUser(t);
    const jaId = await userId(ja.user.username);
    await t.database.db.transaction().execute((trx) =>
      notifyMany(
        trx,
        t.config.publicUrl,
        [
          { userId: en.id, ...paid },
          { userId: jaId, ...paid },
        ],
        t.clock(),
      ),
    );

    const screen = (await en.client.get('/api/v1/me/notifications')).json();
    expect(screen.items[0]).toMatchObject({
      kind: 'payout.paid',
      title: '¥12,345 has been transferred',
      body: 'Your payout has been transferred. Please check your bank account.',
      link: '/mypage/payouts',
    });
    const [mail] = await t.mailsTo(en.email);
    expect(mail?.subject).toBe('[Yorozu] ¥12,345 has been transferred');
    expect(mail?.body).toContain('Your payout has been transferred.');
    expect(mail?.body).toContain(`${t.config.publicUrl}/mypage/payouts`);

    // The same row reads in Japanese where the page asks for Japanese.
    const inJapanese = (await en.client.get('/api/v1/me/notifications', { 'accept-language': 'ja' })).json();
    expect(inJapanese.items[0].title).toBe('¥12,345 を振り込みました');

    const [jaMail] = await t.mailsTo(ja.user.email);
    expect(jaMail?.subject).toBe('【よろず】¥12,345 を振り込みました');
    expect((await ja.client.get('/api/v1/me/notifications')).json().items[0].body).toBe(
      '振込申請の振込が完了しました。口座の入金をご確認ください。',
    );
  });

  it('shows a notice written before the catalogue as it was written', async () => {
    const en = await englishMember();
    await t.database.db
      .insertInto('notifications')
      .values({ user_id: en.id, kind: 'offer.received', title: '古い通知', body: '本文', link: '/offers', created_at: t.clock() })
      .execute();
    expect((await en.client.get('/api/v1/me/notifications')).json().items[0]).toMatchObject({ title: '古い通知', body: '本文' });
  });

  it('follows the language a member switches to', async () => {
    const { user, client } = await loggedInUser(t);
    expect((await client.put('/api/v1/me/locale', { locale: 'en' })).statusCode).toBe(200);
    const id = await userId(user.username);
    await t.database.db.transaction().execute((trx) => notify(trx, t.config.publicUrl, { userId: id, ...paid }, t.clock()));
    expect((await t.mailsTo(user.email))[0]?.subject).toBe('[Yorozu] ¥12,345 has been transferred');
  });
});
