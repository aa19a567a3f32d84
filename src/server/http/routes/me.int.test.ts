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

const fullProfile = {
  bio: '在宅でライティングをしています。\n育児と両立できる案件を探しています。',
  skills: ['ライティング', 'SEO', 'ライティング'],
  occupation: 'homemaker',
  hoursPerWeek: 15,
  homeOnly: true,
  timesOfDay: ['daytime', 'weekend'],
  prefecture: '13',
  portfolioLinks: ['https://example.com/works'],
};

describe('my account', () => {
  it('requires login', async () => {
    const anon = await t.client();
    for (const url of ['/api/v1/me', '/api/v1/me/profile', '/api/v1/me/sessions']) {
      const res = await anon.get(url);
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('unauthenticated');
    }
    expect((await anon.patch('/api/v1/me', { displayName: 'x' })).statusCode).toBe(401);
  });

  it('changes the display name at any time but never the username', async () => {
    const { user, client } = await loggedInUser(t);
    const res = await client.patch('/api/v1/me', { displayName: '  佐藤 花子(在宅ワーカー)  ' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ displayName: '佐藤 花子(在宅ワーカー)', username: user.username });
    const sneaky = await client.patch('/api/v1/me', { displayName: 'ok', username: 'new_name' });
    expect(sneaky.statusCode).toBe(400);
    expect(sneaky.json().errors).toContainEqual(expect.objectContaining({ pointer: '/username', code: 'unknown-field' }));
    expect((await client.get('/api/v1/me')).json().username).toBe(user.username);
  });

  it('saves and reads the profile, dropping duplicates, and shows it publicly', async () => {
    const { user, client } = await loggedInUser(t);
    const res = await client.put('/api/v1/me/profile', fullProfile);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ...fullProfile, skills: ['ライティング', 'SEO'] });
    const pub = await (await t.client()).get(`/api/v1/users/${user.username.toUpperCase()}`);
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toMatchObject({
      username: user.username,
      withdrawn: false,
      profile: { occupation: 'homemaker', prefecture: '13' },
    });
    expect(JSON.stringify(pub.json())).not.toContain(user.email);
  });

  it('refuses bad profile input with pointers', async () => {
    const { client } = await loggedInUser(t);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ hoursPerWeek: '１０' }, '/hoursPerWeek', 'invalid-type'],
      [{ hoursPerWeek: 10.5 }, '/hoursPerWeek', 'not-integer'],
      [{ hoursPerWeek: 81 }, '/hoursPerWeek', 'too-big'],
      [{ occupation: 'ninja' }, '/occupation', 'invalid-choice'],
      [{ prefecture: '48' }, '/prefecture', 'invalid-choice'],
      [{ portfolioLinks: ['javascript:alert(1)'] }, '/portfolioLinks/0', 'url-invalid'],
      [{ bio: 'a'.repeat(2001) }, '/bio', 'too-long'],
      [{ bio: 'bell\u0007' }, '/bio', 'control-characters'],
      [{ skills: Array.from({ length: 21 }, (_, i) => `s${i}`) }, '/skills', 'too-many'],
      [{ timesOfDay: ['midnight'] }, '/timesOfDay/0', 'invalid-choice'],
    ];
    for (const [override, pointer, code] of cases) {
      const res = await client.put('/api/v1/me/profile', { ...fullProfile, ...override });
      expect(res.statusCode, JSON.stringify(override)).toBe(400);
      expect(res.json().errors, JSON.stringify(override)).toContainEqual(expect.objectContaining({ pointer, code }));
    }
    const missing = await client.put('/api/v1/me/profile', { bio: '' });
    expect(missing.json().errors).toContainEqual(expect.objectContaining({ pointer: '/homeOnly', code: 'required' }));
  });
});

describe('sessions', () => {
  it('lists devices, revokes one, and logs out everywhere else', async () => {
    const { user, client } = await loggedInUser(t);
    const phone = await t.client({
      userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Version/17.0 Mobile/15E148 Safari/604.1',
    });
    await phone.post('/api/v1/auth/login', { email: user.email, password: user.password });
    const laptop = await t.client();
    await laptop.post('/api/v1/auth/login', { email: user.email, password: user.password });

    const list = (await client.get('/api/v1/me/sessions')).json().sessions;
    expect(list).toHaveLength(3);
    expect(list.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(list.map((s: { device: string }) => s.device)).toContain('Safari / iPhone');

    const phoneSession = list.find((s: { device: string }) => s.device === 'Safari / iPhone');
    expect((await client.delete(`/api/v1/me/sessions/${phoneSession.id}`)).statusCode).toBe(200);
    expect((await phone.get('/api/v1/me')).statusCode).toBe(401);
    expect((await client.delete(`/api/v1/me/sessions/${phoneSession.id}`)).json().code).toBe('session-not-found');

    const everywhere = await client.post('/api/v1/me/sessions/revoke-others');
    expect(everywhere.json()).toEqual({ ok: true, revoked: 1 });
    expect((await laptop.get('/api/v1/me')).statusCode).toBe(401);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
  });

  it("cannot revoke another user's session", async () => {
    const a = await loggedInUser(t);
    const b = await loggedInUser(t);
    const bSession = (await b.client.get('/api/v1/me/sessions')).json().sessions[0];
    const res = await a.client.delete(`/api/v1/me/sessions/${bSession.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('session-not-found');
    expect((await b.client.get('/api/v1/me')).statusCode).toBe(200);
  });
});

describe('password and email changes', () => {
  it('changes the password with the current one and logs out the other devices', async () => {
    const { user, client } = await loggedInUser(t);
    const other = await t.client();
    await other.post('/api/v1/auth/login', { email: user.email, password: user.password });
    const wrong = await client.post('/api/v1/me/password', {
      currentPassword: 'not my password',
      newPassword: 'a new passphrase 77',
    });
    expect(wrong.json().errors).toContainEqual(expect.objectContaining({ pointer: '/currentPassword', code: 'password-wrong' }));
    const common = await client.post('/api/v1/me/password', { currentPassword: user.password, newPassword: 'password1234' });
    expect(common.json().errors).toContainEqual(expect.objectContaining({ pointer: '/newPassword', code: 'password-common' }));
    const ok = await client.post('/api/v1/me/password', { currentPassword: user.password, newPassword: 'a new passphrase 77' });
    expect(ok.statusCode).toBe(200);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    expect((await other.get('/api/v1/me')).statusCode).toBe(401);
    expect((await t.mailsTo(user.email))[0]?.subject).toContain('パスワードが変更されました');
  });

  it('changes the email only after the link sent to the new address is opened', async () => {
    const { user, client } = await loggedInUser(t);
    const taken = await registerVerified(t);
    const wrongPw = await client.post('/api/v1/me/email', { newEmail: 'new-addr@example.jp', password: 'nope nope nope' });
    expect(wrongPw.json().errors).toContainEqual(expect.objectContaining({ pointer: '/password', code: 'password-wrong' }));
    // A taken address is not named (see enumeration.int.test.ts): its owner is told instead.
    const dup = await client.post('/api/v1/me/email', { newEmail: taken.email, password: user.password });
    expect(dup.statusCode).toBe(202);
    const res = await client.post('/api/v1/me/email', { newEmail: 'New-Addr@Example.jp', password: user.password });
    expect(res.statusCode).toBe(202);
    expect((await client.get('/api/v1/me')).json().email).toBe(user.email);
    const link = await t.linkFromMail('new-addr@example.jp', '/confirm-email');
    const confirm = await client.post('/api/v1/auth/confirm-email-change', { token: link.searchParams.get('token') });
    expect(confirm.statusCode).toBe(200);
    expect((await client.get('/api/v1/me')).json().email).toBe('new-addr@example.jp');
    expect((await t.mailsTo(user.email))[0]?.subject).toContain('メールアドレスが変更されました');
    const relogin = await (await t.client()).post('/api/v1/auth/login', {
      email: 'new-addr@example.jp',
      password: user.password,
    });
    expect(relogin.statusCode).toBe(200);
  });
});

describe('public profiles', () => {
  it('404 for unknown, malformed and unverified usernames', async () => {
    const anon = await t.client();
    expect((await anon.get('/api/v1/users/no_such_user')).json().code).toBe('not-found');
    expect((await anon.get('/api/v1/users/..%2F..%2Fetc')).statusCode).toBe(404);
    const pending = await anon.post('/api/v1/auth/register', {
      email: 'pending@example.jp',
      password: 'a fine passphrase',
      username: 'pending_user',
      displayName: '未確認',
      intent: 'work',
      acceptTerms: true,
    });
    expect(pending.statusCode).toBe(202);
    expect((await anon.get('/api/v1/users/pending_user')).statusCode).toBe(404);
  });
});

describe('the language of my notices', () => {
  it('is set by the member, only to a language the notices are written in', async () => {
    const anon = await t.client();
    expect((await anon.put('/api/v1/me/locale', { locale: 'en' })).statusCode).toBe(401);
    const { user, client } = await loggedInUser(t);
    const locale = async () =>
      (await t.database.db.selectFrom('users').select('locale').where('username', '=', user.username).executeTakeFirstOrThrow())
        .locale;
    expect(await locale()).toBe('ja');
    expect((await client.put('/api/v1/me/locale', { locale: 'en' })).json()).toEqual({ ok: true });
    expect(await locale()).toBe('en');
    const bad = await client.put('/api/v1/me/locale', { locale: 'fr' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toContainEqual(expect.objectContaining({ pointer: '/locale' }));
    expect((await client.put('/api/v1/me/locale', { locale: 'ja', extra: 1 })).statusCode).toBe(400);
    expect(await locale()).toBe('en');
  });
});
