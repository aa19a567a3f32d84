// The second factor over HTTP: enrolment, wrong and reused codes, the throttle, the
// pending login's five minutes, recovery codes used once, a member turning it on and off,
// staff restricted to enrolment until they have one, and staff sessions' shorter life.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { MINUTE } from '../../../../test/clock';
import { staffMember } from '../../../../test/contracts';
import { loggedInUser, STRONG_PASSWORD } from '../../../../test/factories';
import { enrol, logInWithCode, nextCode } from '../../../../test/second-factor';
import { createStaff } from '../../use-cases/accounts/create-staff';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const fieldCode = (res: { json(): { errors?: { pointer: string; code: string }[] } }) => res.json().errors?.[0];

describe('a member turns the second factor on', () => {
  it('enrols, logs in with password then code, and a code is never accepted twice', async () => {
    const { user, client } = await loggedInUser(t);
    expect((await client.get('/api/v1/me')).json().secondFactor).toBe('off');
    // Confirming before starting.
    const early = await client.post('/api/v1/me/second-factor/enrolment/confirm', { code: '123456' });
    expect(early.json().code).toBe('second-factor-not-started');
    const start = await client.post('/api/v1/me/second-factor/enrolment', {});
    expect(start.statusCode).toBe(200);
    expect(start.json().uri).toMatch(/^otpauth:\/\/totp\//);
    expect(start.json().secretGrouped.replace(/ /g, '')).toBe(start.json().secret);
    const wrong = await client.post('/api/v1/me/second-factor/enrolment/confirm', { code: '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(fieldCode(wrong)).toMatchObject({ pointer: '/code', code: 'totp-code-wrong' });
    // The secret is stored sealed, never as typed.
    const row = await t.database.db.selectFrom('second_factors').selectAll().executeTakeFirstOrThrow();
    expect(Buffer.from(row.pending_sealed ?? []).toString('latin1')).not.toContain(start.json().secret);

    const app = await enrol(t, client);
    expect(app.recoveryCodes).toHaveLength(10);
    expect((await client.get('/api/v1/me')).json().secondFactor).toBe('on');
    // Setting up again asks for the password.
    expect((await client.post('/api/v1/me/second-factor/enrolment', {})).json().code).toBe('second-factor-already-enabled');

    const other = await t.client();
    const first = await other.post('/api/v1/auth/login', { email: user.email, password: user.password });
    expect(first.json()).toMatchObject({ secondFactor: 'required' });
    expect((await other.get('/api/v1/me')).statusCode).toBe(401);
    const code = nextCode(t, app);
    expect((await other.post('/api/v1/auth/login/second-factor', { code })).statusCode).toBe(200);
    expect((await other.get('/api/v1/me')).json().username).toBe(user.username);

    // The same code again, from a third browser: refused.
    const third = await t.client();
    await third.post('/api/v1/auth/login', { email: user.email, password: user.password });
    const replay = await third.post('/api/v1/auth/login/second-factor', { code });
    expect(fieldCode(replay)?.code).toBe('totp-code-wrong');
    expect((await third.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('a recovery code works once; new codes replace the old; off needs the password and a code', async () => {
    const { user, client } = await loggedInUser(t);
    const app = await enrol(t, client);
    const [recovery] = app.recoveryCodes as [string];
    const b = await t.client();
    await b.post('/api/v1/auth/login', { email: user.email, password: user.password });
    expect((await b.post('/api/v1/auth/login/second-factor', { recoveryCode: recovery.toUpperCase() })).statusCode).toBe(200);
    const c = await t.client();
    await c.post('/api/v1/auth/login', { email: user.email, password: user.password });
    const again = await c.post('/api/v1/auth/login/second-factor', { recoveryCode: recovery });
    expect(fieldCode(again)).toMatchObject({ pointer: '/recoveryCode', code: 'totp-code-wrong' });
    expect((await client.get('/api/v1/me/second-factor')).json()).toMatchObject({ enabled: true, recoveryCodesLeft: 9 });

    t.clock.advance(MINUTE);
    const fresh = await client.post('/api/v1/me/second-factor/recovery-codes', { code: nextCode(t, app) });
    expect(fresh.json().recoveryCodes).toHaveLength(10);
    expect((await client.get('/api/v1/me/second-factor')).json().recoveryCodesLeft).toBe(10);
    const old = await c.post('/api/v1/auth/login/second-factor', { recoveryCode: app.recoveryCodes[1] });
    expect(fieldCode(old)?.code).toBe('totp-code-wrong');

    t.clock.advance(MINUTE);
    const badPassword = await client.post('/api/v1/me/second-factor/disable', { password: 'nope', code: nextCode(t, app) });
    expect(fieldCode(badPassword)?.code).toBe('password-wrong');
    const off = await client.post('/api/v1/me/second-factor/disable', { password: user.password, code: nextCode(t, app) });
    expect(off.statusCode).toBe(200);
    const d = await t.client();
    const plain = await d.post('/api/v1/auth/login', { email: user.email, password: user.password });
    expect(plain.json().user.secondFactor).toBe('off');
  });

  it('wrong codes are throttled, and the pending login lasts five minutes', async () => {
    const { user, client } = await loggedInUser(t);
    const app = await enrol(t, client);
    const b = await t.client();
    await b.post('/api/v1/auth/login', { email: user.email, password: user.password });
    let last = 0;
    for (let i = 0; i < t.config.loginMaxFailures; i++) {
      last = (await b.post('/api/v1/auth/login/second-factor', { code: '000000' })).statusCode;
    }
    expect(last).toBe(400);
    const locked = await b.post('/api/v1/auth/login/second-factor', { code: nextCode(t, app) });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('second-factor-throttled');

    t.clock.advance(t.config.loginLockMinutes * MINUTE + MINUTE);
    const c = await t.client();
    await c.post('/api/v1/auth/login', { email: user.email, password: user.password });
    t.clock.advance(5 * MINUTE);
    const late = await c.post('/api/v1/auth/login/second-factor', { code: nextCode(t, app) });
    expect(late.statusCode).toBe(401);
    expect(late.json().code).toBe('second-factor-pending-expired');
    const none = await (await t.client()).post('/api/v1/auth/login/second-factor', { code: '123456' });
    expect(none.json().code).toBe('second-factor-pending-expired');
  });
});

describe('staff', () => {
  it('without a second factor may only enrol; staff cannot turn it off', async () => {
    const email = 'newstaff@example.jp';
    await createStaff(t.app.deps, {
      email,
      username: 'new_staff',
      displayName: '新任',
      password: STRONG_PASSWORD,
      role: 'support',
    });
    const client = await t.client();
    const login = await client.post('/api/v1/auth/login', { email, password: STRONG_PASSWORD });
    expect(login.json().user.secondFactor).toBe('enrolment-required');
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    for (const url of ['/api/v1/staff/audit', '/api/v1/me/profile', '/api/v1/me/notifications']) {
      const res = await client.get(url);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().code, url).toBe('second-factor-enrolment-required');
    }
    const app = await enrol(t, client);
    expect((await client.get('/api/v1/staff/audit')).statusCode).toBe(200);
    t.clock.advance(MINUTE);
    const off = await client.post('/api/v1/me/second-factor/disable', { password: STRONG_PASSWORD, code: nextCode(t, app) });
    expect(off.json().code).toBe('second-factor-staff-required');
    // Setting up again (a new phone) with the password is allowed.
    const again = await client.post('/api/v1/me/second-factor/enrolment', { password: STRONG_PASSWORD });
    expect(again.statusCode).toBe(200);
  });

  it('a staff session ends after 30 idle minutes and after 8 hours; a member session does not', async () => {
    const staff = await staffMember(t, 'support');
    staff.client.beforeRequest = null;
    const member = await loggedInUser(t);
    t.clock.advance(29 * MINUTE);
    expect((await staff.client.get('/api/v1/me')).statusCode).toBe(200);
    t.clock.advance(29 * MINUTE);
    expect((await staff.client.get('/api/v1/me')).statusCode).toBe(200);
    t.clock.advance(31 * MINUTE);
    expect((await staff.client.get('/api/v1/me')).statusCode).toBe(401);
    expect((await member.client.get('/api/v1/me')).statusCode).toBe(200);

    await logInWithCode(t, staff.client, staff.user.email, staff.user.password, staff.authenticator);
    for (let i = 0; i < 16; i++) {
      t.clock.advance(29 * MINUTE);
      expect((await staff.client.get('/api/v1/me')).statusCode).toBe(200);
    }
    t.clock.advance(25 * MINUTE);
    expect((await staff.client.get('/api/v1/me')).statusCode).toBe(401);
  });
});
