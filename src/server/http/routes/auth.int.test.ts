import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { HOUR, MINUTE } from '../../../../test/clock';
import { loggedInUser, newUserInput, registerVerified, STRONG_PASSWORD } from '../../../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('registration', () => {
  it('registers, mails a verification link, verifies, and logs in', async () => {
    const c = await t.client();
    const input = newUserInput({ email: 'Hanako.Sato@Example.JP' });
    const res = await c.post('/api/v1/auth/register', input);
    expect(res.statusCode).toBe(202);
    expect(res.json().message).toContain('メール');

    const login1 = await c.post('/api/v1/auth/login', { email: input.email, password: input.password });
    expect(login1.statusCode).toBe(403);
    expect(login1.json()).toMatchObject({ code: 'email-not-verified', status: 403 });
    expect(login1.headers['content-type']).toContain('application/problem+json');

    const link = await t.linkFromMail('hanako.sato@example.jp', '/verify-email');
    expect(link.origin).toBe(t.config.publicUrl);
    const v = await c.post('/api/v1/auth/verify-email', { token: link.searchParams.get('token') });
    expect(v.statusCode).toBe(200);
    const again = await c.post('/api/v1/auth/verify-email', { token: link.searchParams.get('token') });
    expect(again.json().code).toBe('token-invalid');

    const login = await c.post('/api/v1/auth/login', { email: 'ＨＡＮＡＫＯ.sato@example.jp', password: input.password });
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({ username: input.username, email: 'hanako.sato@example.jp', emailVerified: true });
    const session = login.cookies.find((x) => x.name === '__Host-yorozu_session');
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
    const me = await c.get('/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.headers['cache-control']).toBe('no-store');
  });

  it('stores an argon2id hash with at least the OWASP parameters', async () => {
    const user = await registerVerified(t);
    const row = await t.database.db
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', user.username)
      .executeTakeFirstOrThrow();
    const m = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(row.password_hash ?? '');
    expect(m).not.toBeNull();
    expect(Number(m?.[1])).toBeGreaterThanOrEqual(19456);
    expect(Number(m?.[2])).toBeGreaterThanOrEqual(2);
    expect(Number(m?.[3])).toBeGreaterThanOrEqual(1);
    expect(row.password_hash).not.toContain(user.password);
  });

  it('refuses a taken username case-insensitively and a reserved one, with field pointers', async () => {
    const user = await registerVerified(t);
    const c = await t.client();
    const taken = await c.post('/api/v1/auth/register', newUserInput({ username: user.username.toUpperCase() }));
    expect(taken.statusCode).toBe(400);
    expect(taken.json().errors).toEqual([expect.objectContaining({ pointer: '/username', code: 'username-taken' })]);
    const reserved = await c.post('/api/v1/auth/register', newUserInput({ username: 'admin' }));
    expect(reserved.json().errors[0]).toMatchObject({ pointer: '/username', code: 'username-reserved' });
  });

  it('answers the same for an already registered email and mails its owner instead', async () => {
    const user = await registerVerified(t);
    const c = await t.client();
    const res = await c.post('/api/v1/auth/register', newUserInput({ email: user.email }));
    expect(res.statusCode).toBe(202);
    const mails = await t.mailsTo(user.email);
    expect(mails[0]?.subject).toContain('すでに登録されています');
  });

  it('refuses common, short and over-long passwords and unaccepted terms', async () => {
    const c = await t.client();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ password: 'password123' }, '/password', 'password-common'],
      [{ password: 'short' }, '/password', 'password-too-short'],
      [{ password: 'x'.repeat(129) }, '/password', 'password-too-long'],
      [{ acceptTerms: false }, '/acceptTerms', 'terms-not-accepted'],
      [{ displayName: '' }, '/displayName', 'required'],
      [{ displayName: 'あ'.repeat(41) }, '/displayName', 'too-long'],
      [{ displayName: 'bad\u202ename' }, '/displayName', 'control-characters'],
      [{ email: 'not-an-email' }, '/email', 'email-invalid'],
      [{ intent: 'boss' }, '/intent', 'invalid-choice'],
      [{ username: 'ab' }, '/username', 'username-invalid'],
      [{ username: 'ユーザー' }, '/username', 'username-invalid'],
    ];
    for (const [override, pointer, code] of cases) {
      const res = await c.post('/api/v1/auth/register', { ...newUserInput(), ...override });
      expect(res.statusCode, JSON.stringify(override)).toBe(400);
      const body = res.json();
      expect(body.code).toBe('validation-failed');
      expect(body.errors, JSON.stringify(override)).toContainEqual(expect.objectContaining({ pointer, code }));
      expect(body.errors[0].detail).toMatch(/[ぁ-んァ-ン一-龥]/);
    }
  });

  it('accepts a 128-character password and a full-width email', async () => {
    const c = await t.client();
    const res = await c.post(
      '/api/v1/auth/register',
      newUserInput({ email: 'ｆｕｌｌ＠example.jp', password: 'あ'.repeat(128) }),
    );
    expect(res.statusCode).toBe(202);
    expect(await t.mailsTo('full@example.jp')).toHaveLength(1);
  });
});

describe('login', () => {
  it('gives the same answer for an unknown email and a wrong password', async () => {
    const user = await registerVerified(t);
    const c = await t.client();
    const unknown = await c.post('/api/v1/auth/login', { email: 'nobody@example.jp', password: STRONG_PASSWORD });
    const wrong = await c.post('/api/v1/auth/login', { email: user.email, password: 'wrong password here' });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined });
    expect(strip(unknown.json())).toEqual(strip(wrong.json()));
  });

  it('locks an email after repeated failures, whether or not it is registered, and unlocks later', async () => {
    const user = await registerVerified(t);
    const c = await t.client();
    for (const email of [user.email, 'ghost@example.jp']) {
      for (let i = 0; i < t.config.loginMaxFailures; i++) {
        const res = await c.post('/api/v1/auth/login', { email, password: 'wrong password here' });
        expect(res.json().code).toBe('invalid-credentials');
      }
      const locked = await c.post('/api/v1/auth/login', { email, password: 'wrong password here' });
      expect(locked.statusCode).toBe(429);
      expect(locked.json().code).toBe('login-throttled');
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    }
    const stillLocked = await c.post('/api/v1/auth/login', { email: user.email, password: user.password });
    expect(stillLocked.json().code).toBe('login-throttled');
    t.clock.advance(t.config.loginLockMinutes * MINUTE + 1000);
    const ok = await c.post('/api/v1/auth/login', { email: user.email, password: user.password });
    expect(ok.statusCode).toBe(200);
  });

  it('rate-limits the auth endpoints per IP with a problem', async () => {
    const limited = await startTestApp({ authRateLimitPerMinute: 3 });
    try {
      const c = await limited.client();
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await c.post('/api/v1/auth/password-reset', { email: 'x@example.jp' });
        codes.push(res.statusCode);
        if (res.statusCode === 429) expect(res.json().code).toBe('too-many-requests');
      }
      expect(codes).toEqual([202, 202, 202, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  it('logs out this device only', async () => {
    const { user, client } = await loggedInUser(t);
    const other = await t.client();
    await other.post('/api/v1/auth/login', { email: user.email, password: user.password });
    const out = await client.post('/api/v1/auth/logout');
    expect(out.statusCode).toBe(200);
    expect(out.json().user).toBeNull();
    expect((await client.get('/api/v1/me')).json().code).toBe('unauthenticated');
    expect((await other.get('/api/v1/me')).statusCode).toBe(200);
  });
});

describe('password reset', () => {
  it('resets with a single-use link valid one hour and ends every session', async () => {
    const { user, client } = await loggedInUser(t);
    const anon = await t.client();
    expect((await anon.post('/api/v1/auth/password-reset', { email: user.email })).statusCode).toBe(202);
    const link = await t.linkFromMail(user.email, '/reset-password');
    const token = link.searchParams.get('token');
    const res = await anon.post('/api/v1/auth/password-reset/confirm', { token, password: 'a brand new passphrase' });
    expect(res.statusCode).toBe(200);
    expect(
      (await anon.post('/api/v1/auth/password-reset/confirm', { token, password: 'another passphrase 2' })).json().code,
    ).toBe('token-invalid');
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
    const login = await anon.post('/api/v1/auth/login', { email: user.email, password: 'a brand new passphrase' });
    expect(login.statusCode).toBe(200);
  });

  it('refuses an expired link', async () => {
    const user = await registerVerified(t);
    const anon = await t.client();
    await anon.post('/api/v1/auth/password-reset', { email: user.email });
    const link = await t.linkFromMail(user.email, '/reset-password');
    t.clock.advance(HOUR + 1000);
    const res = await anon.post('/api/v1/auth/password-reset/confirm', {
      token: link.searchParams.get('token'),
      password: 'a brand new passphrase',
    });
    expect(res.statusCode).toBe(410);
    expect(res.json().code).toBe('token-expired');
  });

  it('answers the same for an unknown address', async () => {
    const anon = await t.client();
    const res = await anon.post('/api/v1/auth/password-reset', { email: 'nobody-here@example.jp' });
    expect(res.statusCode).toBe(202);
    expect(await t.mailsTo('nobody-here@example.jp')).toHaveLength(0);
  });
});
