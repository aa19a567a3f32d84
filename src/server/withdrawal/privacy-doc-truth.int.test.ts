// The data map (and docs/privacy-map.md generated from it) says what withdrawal does to
// applications and postings; this checks that it does exactly that.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import { jobInput, loggedInUser } from '../../../test/factories';
import { PRIVACY_MAP } from '../db/privacy-map';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const withdraw = (client: Awaited<ReturnType<typeof loggedInUser>>) =>
  client.client.post('/api/v1/me/withdrawal', {
    reasons: [],
    otherReason: '',
    password: client.user.password,
    eraseNow: false,
  });

describe('what the data map says withdrawal does', () => {
  it('a worker’s pending application blocks the withdrawal; it does not end there', async () => {
    expect(PRIVACY_MAP.applications?.retention).toMatch(/pending applications block their withdrawal/);
    expect(PRIVACY_MAP.applications?.retention).not.toMatch(/at withdrawal pending ones end/);
    const client = await loggedInUser(t);
    const worker = await loggedInUser(t);
    const job = (await client.client.post('/api/v1/jobs', jobInput(t))).json();
    const application = (
      await worker.client.post(`/api/v1/jobs/${job.id}/applications`, {
        proposal: 'よろしくお願いします。',
        quotedAmount: 20_000,
        deliveryDays: 5,
      })
    ).json();
    const res = await withdraw(worker);
    expect(res.statusCode).toBe(409);
    expect(res.json().blockers.map((b: { code: string }) => b.code)).toEqual(['pending-applications']);
    const row = await t.database.db
      .selectFrom('applications')
      .select('status')
      .where('id', '=', application.id)
      .executeTakeFirst();
    expect(row?.status).toBe('pending');
  });

  it('a client’s drafts are deleted and the pending applications to their closed postings are declined', async () => {
    expect(PRIVACY_MAP.jobs?.retention).toMatch(/Drafts never published are deleted at withdrawal/);
    expect(PRIVACY_MAP.applications?.retention).toMatch(
      /at a client’s withdrawal the pending applications to their postings are declined/,
    );
    const client = await loggedInUser(t);
    const worker = await loggedInUser(t);
    const draft = (await client.client.post('/api/v1/jobs', jobInput(t, { publish: false }))).json();
    const job = (await client.client.post('/api/v1/jobs', jobInput(t))).json();
    const application = (
      await worker.client.post(`/api/v1/jobs/${job.id}/applications`, {
        proposal: 'よろしくお願いします。',
        quotedAmount: 20_000,
        deliveryDays: 5,
      })
    ).json();
    expect((await client.client.post(`/api/v1/jobs/${job.id}/close`, {})).statusCode).toBe(200);
    expect((await withdraw(client)).statusCode).toBe(200);
    const db = t.database.db;
    expect(await db.selectFrom('jobs').select('id').where('id', '=', draft.id).executeTakeFirst()).toBeUndefined();
    expect(await db.selectFrom('jobs').select('id').where('id', '=', job.id).executeTakeFirst()).toBeDefined();
    const row = await db.selectFrom('applications').select('status').where('id', '=', application.id).executeTakeFirst();
    expect(row?.status).toBe('declined');
  });
});
