// Who may call a route is decided before its body is read: an anonymous write answers
// 401 and a member on a staff route 403 whatever the body holds, so neither learns the
// shape the route expects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { staffMember } from '../../../../test/contracts';
import { loggedInUser } from '../../../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

const MALFORMED = [{ unexpected: ['x'] }, '{"title": ', 'not json at all'];

describe('access is checked before the body', () => {
  it('an anonymous write answers 401 whatever its body', async () => {
    const anonymous = await t.client();
    for (const body of MALFORMED) {
      const res = await anonymous.post('/api/v1/jobs', body, { 'content-type': 'application/json' });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'unauthenticated' });
      expect(res.json().errors).toBeUndefined();
    }
  });

  it('a member on a staff route answers 403 whatever its body', async () => {
    const { client } = await loggedInUser(t);
    const url = `/api/v1/staff/disputes/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/settle`;
    for (const body of MALFORMED) {
      const res = await client.post(url, body, { 'content-type': 'application/json' });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'forbidden' });
    }
    expect((await client.get('/api/v1/staff/deposits?status=nonsense')).statusCode).toBe(403);
  });

  it('staff of another role is refused before the body too', async () => {
    const support = await staffMember(t, 'support');
    const res = await support.client.post('/api/v1/staff/payout-batches', { paymentDate: 42 });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'forbidden' });
  });

  it('a member still gets field errors for a malformed body on a member route', async () => {
    const { client } = await loggedInUser(t);
    const res = await client.post('/api/v1/jobs', { unexpected: ['x'] });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation-failed' });
  });

  it('public and optional routes answer anonymous callers', async () => {
    const anonymous = await t.client();
    expect((await anonymous.get('/api/v1/jobs')).statusCode).toBe(200);
    expect((await anonymous.get('/api/v1/fees')).statusCode).toBe(200);
    expect((await anonymous.get('/api/v1/session')).statusCode).toBe(200);
    expect((await anonymous.post('/api/v1/auth/login', { email: 'x' })).statusCode).toBe(400);
  });
});
