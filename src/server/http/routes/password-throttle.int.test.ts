// Every password check goes through the login throttle: the password asked again before
// changing the password, the email or the bank account, or withdrawing, counts with
// logins; failures lock per account and per source address, each lock longer than the
// last; and a browser that logged in before keeps working while others lock the account.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/app';
import { loggedInUser, type RegisteredUser, registerVerified } from '../../../../test/factories';
import { DEVICE_COOKIE } from '../../security/password-throttle';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const MINUTE = 60_000;
const WRONG = 'not the password at all';

function login(c: TestClient, user: RegisteredUser, password = user.password, ip = '127.0.0.1') {
  return c.request({ method: 'POST', url: '/api/v1/auth/login', body: { email: user.email, password }, remoteAddress: ip });
}

const outcome = (res: { statusCode: number; json(): { code?: string; errors?: { code: string }[] } }) =>
  `${res.statusCode} ${res.json().errors?.[0]?.code ?? res.json().code ?? ''}`.trim();

/** The four places that ask for the password again, each with the password given. */
const reauth = (c: TestClient, password: string) => [
  () => c.post('/api/v1/me/password', { currentPassword: password, newPassword: 'another long passphrase 8' }),
  () => c.post('/api/v1/me/email', { newEmail: `elsewhere_${Math.random().toString(36).slice(2)}@example.jp`, password }),
  () =>
    c.put('/api/v1/me/bank-account', {
      bankCode: '0005',
      branchCode: '001',
      accountType: 'ordinary',
      accountNumber: '0012345',
      holderName: 'テスト タロウ',
      password,
    }),
  () => c.post('/api/v1/me/withdrawal', { reasons: ['other'], otherReason: '', password, eraseNow: true }),
];

describe('password throttle', () => {
  it('counts wrong passwords given again in a stolen session with logins, and locks them out', async () => {
    const owner = await loggedInUser(t);
    expect(owner.client.cookies.has(DEVICE_COOKIE)).toBe(true);
    // A session used from elsewhere: the session cookie without the owner's device cookie.
    const thief = await t.client();
    expect((await login(thief, owner.user)).statusCode).toBe(200);
    thief.cookies.delete(DEVICE_COOKIE);

    const tries: string[] = [];
    for (let i = 0; i < t.config.loginMaxFailures; i++) {
      const attempt = reauth(thief, WRONG)[i % 4];
      if (attempt) tries.push(outcome(await attempt()));
    }
    expect(tries).toEqual(Array(t.config.loginMaxFailures).fill('400 password-wrong'));
    // Locked now, even with the right password, at every one of the four and at login.
    for (const attempt of reauth(thief, owner.user.password)) {
      const res = await attempt();
      expect(outcome(res)).toBe('429 password-throttled');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(outcome(await login(await t.client(), owner.user))).toBe('429 login-throttled');
    // The owner's browser logged in before: it keeps working.
    expect((await owner.client.post('/api/v1/auth/logout', {})).statusCode).toBe(200);
    expect((await login(owner.client, owner.user)).statusCode).toBe(200);
    expect((await owner.client.get('/api/v1/me')).statusCode).toBe(200);
  });

  it('others cannot lock the owner out of a browser that logged in before; each lock lasts longer', async () => {
    const owner = await loggedInUser(t);
    const attacker = await t.client();
    const lock = async () => {
      for (let i = 0; i < t.config.loginMaxFailures; i++) {
        expect(outcome(await login(attacker, owner.user, WRONG, `198.51.100.${i + 1}`))).toBe('401 invalid-credentials');
      }
    };
    await lock();
    expect(outcome(await login(await t.client(), owner.user))).toBe('429 login-throttled');
    await owner.client.post('/api/v1/auth/logout', {});
    expect((await login(owner.client, owner.user)).statusCode).toBe(200);

    // The second lock in a row lasts twice as long.
    t.clock.advance(t.config.loginLockMinutes * MINUTE + 1000);
    await lock();
    t.clock.advance(t.config.loginLockMinutes * MINUTE + 1000);
    expect(outcome(await login(await t.client(), owner.user))).toBe('429 login-throttled');
    t.clock.advance(t.config.loginLockMinutes * MINUTE);
    expect((await login(await t.client(), owner.user)).statusCode).toBe(200);
  });

  it('a trusted browser that keeps failing loses its privilege for a while', async () => {
    const owner = await loggedInUser(t);
    await owner.client.post('/api/v1/auth/logout', {});
    for (let i = 0; i < t.config.loginMaxFailures; i++) {
      expect(outcome(await login(owner.client, owner.user, WRONG))).toBe('401 invalid-credentials');
    }
    // Counted like any other browser from now on: the account's own counter still allows it.
    expect((await login(owner.client, owner.user)).statusCode).toBe(200);
  });

  it('locks a source address that tries many accounts, whichever they are', async () => {
    const victim = await registerVerified(t);
    const source = '203.0.113.9';
    const c = await t.client();
    for (let i = 0; i < t.config.loginMaxFailures * 10; i++) {
      const res = await c.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { email: `guess_${i}@example.jp`, password: WRONG },
        remoteAddress: source,
      });
      expect(outcome(res)).toBe('401 invalid-credentials');
    }
    expect(outcome(await login(await t.client(), victim, victim.password, source))).toBe('429 login-throttled');
    expect((await login(await t.client(), victim, victim.password, '203.0.113.10')).statusCode).toBe(200);
  });
});
