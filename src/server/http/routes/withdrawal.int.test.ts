import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { DAY } from '../../../../test/clock';
import { loggedInUser, newUserInput } from '../../../../test/factories';
import { purgeWithdrawalData } from '../../use-cases/withdrawal/purge-withdrawal-data';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({}, { testBlocker: true });
});
afterAll(async () => {
  await t?.close();
});

const withdrawBody = (password: string, extra: Record<string, unknown> = {}) => ({
  reasons: ['not-a-fit', 'other'],
  otherReason: '子育てが忙しくなったため',
  password,
  eraseNow: false,
  ...extra,
});

describe('pre-check', () => {
  it('says a user with nothing open is eligible, with every warning', async () => {
    const { user, client } = await loggedInUser(t);
    const res = await client.get('/api/v1/me/withdrawal');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      eligible: true,
      blockers: [],
      warnings: ['record-reset', 'username-reserved', 'direct-deal-rule', 'logout-is-different', 'undo-window'],
      balanceYen: 0,
      heldItemsPending: 0,
      undoDays: 14,
      username: user.username,
      schedulable: false,
      scheduled: null,
    });
  });

  it('lists a blocker with its items, resolve action and clearing date, in both pre-check and 409', async () => {
    const { user, client } = await loggedInUser(t);
    const a = (await client.post('/api/v1/test/open-items', { title: '案件A', clearsAt: '2026-05-01T00:00:00Z' })).json().id;
    await client.post('/api/v1/test/open-items', { title: '案件B', clearsAt: '2026-05-03T00:00:00Z' });
    const pre = (await client.get('/api/v1/me/withdrawal')).json();
    expect(pre.eligible).toBe(false);
    expect(pre.blockers).toHaveLength(1);
    expect(pre.blockers[0]).toMatchObject({
      code: 'test-open-item',
      role: 'both',
      title: 'テスト用の未完了項目',
      count: 2,
      clearsAt: '2026-05-03T00:00:00.000Z',
      resolve: { label: '項目を確認する', link: '/mypage' },
    });
    expect(pre.blockers[0].items[0]).toMatchObject({
      id: a,
      title: '案件A',
      resolve: { method: 'POST', href: `/api/v1/test/open-items/${a}/close`, label: 'この項目を閉じる' },
    });

    const refused = await client.post('/api/v1/me/withdrawal', withdrawBody(user.password));
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'withdrawal-blocked', blockers: pre.blockers });
    const en = await client.request({
      method: 'POST',
      url: '/api/v1/me/withdrawal',
      body: withdrawBody(user.password),
      headers: { 'accept-language': 'en' },
    });
    expect(en.json().blockers[0].title).toBe('Open test items');
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);

    // Resolving in place makes the user eligible.
    for (const item of pre.blockers[0].items) await client.post(item.resolve.href, {});
    expect((await client.get('/api/v1/me/withdrawal')).json().eligible).toBe(true);
  });
});

describe('withdraw', () => {
  it('refuses a wrong password and changes nothing', async () => {
    const { client } = await loggedInUser(t);
    const res = await client.post('/api/v1/me/withdrawal', withdrawBody('not my password'));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual(expect.objectContaining({ pointer: '/password', code: 'password-wrong' }));
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
  });

  it('refuses bad input with pointers', async () => {
    const { user, client } = await loggedInUser(t);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ reasons: ['money'] }, '/reasons/0', 'invalid-choice'],
      [{ reasons: 'not-a-fit' }, '/reasons', 'invalid-type'],
      [{ otherReason: 'あ'.repeat(1001) }, '/otherReason', 'too-long'],
      [{ eraseNow: 'yes' }, '/eraseNow', 'invalid-type'],
      [{ password: undefined }, '/password', 'required'],
    ];
    for (const [override, pointer, code] of cases) {
      const res = await client.post('/api/v1/me/withdrawal', { ...withdrawBody(user.password), ...override });
      expect(res.statusCode, JSON.stringify(override)).toBe(400);
      expect(res.json().errors, JSON.stringify(override)).toContainEqual(expect.objectContaining({ pointer, code }));
    }
  });

  it('withdraws: sessions die, data is erased, the username stays reserved, the mail carries an undo link', async () => {
    const { user, client } = await loggedInUser(t);
    await client.put('/api/v1/me/profile', {
      bio: '自己紹介です',
      skills: ['翻訳'],
      occupation: 'student',
      hoursPerWeek: 5,
      homeOnly: false,
      timesOfDay: [],
      prefecture: '01',
      portfolioLinks: [],
    });
    const other = await t.client();
    await other.post('/api/v1/auth/login', { email: user.email, password: user.password });

    const res = await client.post(
      '/api/v1/me/withdrawal',
      withdrawBody(user.password, { otherReason: `私は${user.displayName}です ${user.email}` }),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      withdrawnAt: t.clock().toISOString(),
      undoUntil: new Date(t.clock().getTime() + 14 * DAY).toISOString(),
    });
    expect(res.cookies.find((c) => c.name === '__Host-yorozu_session')?.value).toBe('');

    for (const c of [client, other]) expect((await c.get('/api/v1/me')).statusCode).toBe(401);
    const row = await t.database.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', user.username)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'withdrawn',
      email: null,
      display_name: null,
      password_hash: null,
      email_verified_at: null,
    });
    expect(await t.database.db.selectFrom('profiles').select('user_id').where('user_id', '=', row.id).execute()).toEqual([]);
    expect(await t.database.db.selectFrom('sessions').select('id').where('user_id', '=', row.id).execute()).toEqual([]);

    const pub = (await (await t.client()).get(`/api/v1/users/${user.username}`)).json();
    expect(pub).toMatchObject({ username: user.username, displayName: '退会済みユーザー', withdrawn: true, profile: null });

    const reasons = await t.database.db.selectFrom('withdrawal_reasons').selectAll().execute();
    const mine = reasons.find((r) => r.other_text.startsWith('私は'));
    expect(mine?.other_text).not.toContain(user.displayName);
    expect(mine?.other_text).not.toContain(user.email);
    expect(mine?.reasons).toEqual(['not-a-fit', 'other']);

    const mail = (await t.mailsTo(user.email))[0];
    expect(mail?.subject).toContain('退会手続きが完了しました');
    expect(mail?.body).toContain('/restore-account?token=');
    const outboxRows = await t.database.db
      .selectFrom('outbox')
      .select(['to_address', 'body_text'])
      .where('template', '=', 'withdrawal_confirmation')
      .execute();
    expect(outboxRows.every((r) => r.to_address === null && r.body_text === '')).toBe(true);

    // The username can never be registered again.
    const again = await (await t.client()).post('/api/v1/auth/register', newUserInput({ username: user.username }));
    expect(again.json().errors).toContainEqual(expect.objectContaining({ pointer: '/username', code: 'username-taken' }));
    // Logging in says clearly that the account was withdrawn.
    const login = await (await t.client()).post('/api/v1/auth/login', { email: user.email, password: user.password });
    expect(login.statusCode).toBe(403);
    expect(login.json().code).toBe('account-withdrawn-login');
    const wrong = await (await t.client()).post('/api/v1/auth/login', { email: user.email, password: 'a wrong password' });
    expect(wrong.json().code).toBe('invalid-credentials');
  });

  it('a withdrawn account cannot act any more', async () => {
    const { user, client } = await loggedInUser(t);
    const session = [...client.cookies.entries()];
    await client.post('/api/v1/me/withdrawal', withdrawBody(user.password));
    for (const [k, v] of session) client.cookies.set(k, v);
    expect((await client.post('/api/v1/test/open-items', {})).statusCode).toBe(401);
  });
});

describe('undo window', () => {
  it('restores the account within the window with its data and password', async () => {
    const { user, client } = await loggedInUser(t);
    await client.patch('/api/v1/me', { displayName: '元に戻る人' });
    await client.post('/api/v1/me/withdrawal', withdrawBody(user.password));
    const link = await t.linkFromMail(user.email, '/restore-account');
    t.clock.advance(13 * DAY);
    const anon = await t.client();
    const res = await anon.post('/api/v1/account/restore', { token: link.searchParams.get('token') });
    expect(res.statusCode).toBe(200);
    const login = await anon.post('/api/v1/auth/login', { email: user.email, password: user.password });
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({ username: user.username, displayName: '元に戻る人' });
    // The spent link says so, not that the window ended.
    const again = await anon.post('/api/v1/account/restore', { token: link.searchParams.get('token') });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('restore-link-used');
    expect(again.json().title).toContain('すでに使われ');
    // Still so after the account withdraws again (with a new link of its own).
    const back = await t.client();
    await back.post('/api/v1/auth/login', { email: user.email, password: user.password });
    expect((await back.post('/api/v1/me/withdrawal', withdrawBody(user.password))).statusCode).toBe(200);
    expect((await anon.post('/api/v1/account/restore', { token: link.searchParams.get('token') })).json().code).toBe(
      'restore-link-used',
    );
  });

  it('fails after the window, and the retention job destroys the sealed data', async () => {
    const { user, client } = await loggedInUser(t);
    await client.post('/api/v1/me/withdrawal', withdrawBody(user.password));
    const link = await t.linkFromMail(user.email, '/restore-account');
    t.clock.advance(14 * DAY + 1000);
    const anon = await t.client();
    const res = await anon.post('/api/v1/account/restore', { token: link.searchParams.get('token') });
    expect(res.statusCode).toBe(410);
    expect(res.json().code).toBe('restore-unavailable');
    const purged = await purgeWithdrawalData(t.database.db, t.clock());
    expect(purged.vaults).toBeGreaterThanOrEqual(1);
    const login = await anon.post('/api/v1/auth/login', { email: user.email, password: user.password });
    expect(login.json().code).toBe('invalid-credentials');
  });

  it('"erase now" leaves nothing to restore', async () => {
    const { user, client } = await loggedInUser(t);
    const res = await client.post('/api/v1/me/withdrawal', withdrawBody(user.password, { eraseNow: true }));
    expect(res.json().undoUntil).toBeNull();
    const mail = (await t.mailsTo(user.email))[0];
    expect(mail?.body).not.toContain('/restore-account');
    expect(mail?.body).toContain('取り消せません');
  });

  it('re-registering with the same email creates a fresh account and ends the undo window', async () => {
    const { user, client } = await loggedInUser(t);
    await client.post('/api/v1/me/withdrawal', withdrawBody(user.password));
    const link = await t.linkFromMail(user.email, '/restore-account');
    const anon = await t.client();
    const reg = await anon.post(
      '/api/v1/auth/register',
      newUserInput({ email: user.email, username: `${user.username.slice(0, 14)}_new` }),
    );
    expect(reg.statusCode).toBe(202);
    const verify = await t.linkFromMail(user.email, '/verify-email');
    await anon.post('/api/v1/auth/verify-email', { token: verify.searchParams.get('token') });
    const login = await anon.post('/api/v1/auth/login', { email: user.email, password: newUserInput().password });
    expect(login.json().user).toMatchObject({ username: `${user.username.slice(0, 14)}_new` });
    const restore = await (await t.client()).post('/api/v1/account/restore', { token: link.searchParams.get('token') });
    expect(restore.json().code).toBe('restore-unavailable');
  });

  it('keeps the former-member registry as a keyed hash only, purged after 5 years', async () => {
    const { user, client } = await loggedInUser(t);
    await client.post('/api/v1/me/withdrawal', withdrawBody(user.password, { eraseNow: true }));
    const rows = await t.database.db.selectFrom('former_members').selectAll().execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.email_hmac).not.toContain('@');
    t.clock.advance(5 * 366 * DAY);
    await purgeWithdrawalData(t.database.db, t.clock());
    expect(await t.database.db.selectFrom('former_members').selectAll().execute()).toEqual([]);
  });
});

describe('export', () => {
  it('downloads everything personal as JSON', async () => {
    const { user, client } = await loggedInUser(t);
    const res = await client.get('/api/v1/me/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(`yorozu-${user.username}-`);
    const data = res.json();
    expect(data.account).toMatchObject({ username: user.username, email: user.email, displayName: user.displayName });
    expect(data.loginSessions.length).toBeGreaterThan(0);
    expect(data.mails.length).toBeGreaterThan(0);
    expect(JSON.stringify(data.mails)).not.toMatch(/token=[A-Za-z0-9_-]{20}/);
    expect((await (await t.client()).get('/api/v1/me/export')).statusCode).toBe(401);
  });
});
