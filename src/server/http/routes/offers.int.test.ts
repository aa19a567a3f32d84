import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { DAY } from '../../../../test/clock';
import { jobInput, loggedInUser } from '../../../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function setup() {
  const client = await loggedInUser(t);
  const worker = await loggedInUser(t);
  const job = (await client.client.post('/api/v1/jobs', jobInput(t))).json();
  return { client, worker, job };
}
const message = 'プロフィールを拝見しました。記事作成をお願いできませんか。';

describe('offers', () => {
  it('a client invites a worker, who is told and accepts', async () => {
    const { client, worker, job } = await setup();
    const res = await client.client.post(`/api/v1/jobs/${job.id}/offers`, {
      username: worker.user.username.toUpperCase(),
      message,
    });
    expect(res.statusCode).toBe(201);
    const offer = res.json();
    expect(offer).toMatchObject({
      status: 'pending',
      message,
      job: { id: job.id },
      worker: { username: worker.user.username },
      viewer: { role: 'client' },
    });
    expect(
      (await client.client.post(`/api/v1/jobs/${job.id}/offers`, { username: worker.user.username, message })).json().code,
    ).toBe('offer-pending');
    expect((await t.mailsTo(worker.user.email))[0]?.subject).toContain('オファーが届きました');
    const mine = (await worker.client.get('/api/v1/me/offers')).json();
    expect(mine.received.map((o: { id: string }) => o.id)).toEqual([offer.id]);
    expect((await client.client.get('/api/v1/me/offers')).json().sent[0].id).toBe(offer.id);
    await worker.client.post(`/api/v1/threads/${offer.threadId}/messages`, { body: 'ぜひお受けしたいです。' });
    expect((await client.client.get('/api/v1/me/threads')).json().items[0]).toMatchObject({
      link: `/offers/${offer.id}`,
      title: job.title,
    });
    const accepted = await worker.client.post(`/api/v1/offers/${offer.id}/accept`, {});
    expect(accepted.json()).toMatchObject({ status: 'accepted', viewer: { role: 'worker' } });
    expect((await worker.client.post(`/api/v1/offers/${offer.id}/decline`, {})).json().code).toBe('offer-transition-invalid');
  });

  it('declines, cancels, expires; only the parties see an offer', async () => {
    const { client, worker, job } = await setup();
    const o1 = (await client.client.post(`/api/v1/jobs/${job.id}/offers`, { username: worker.user.username, message })).json();
    expect(
      (await worker.client.post(`/api/v1/offers/${o1.id}/decline`, { reason: '今月は予定が埋まっています' })).json(),
    ).toMatchObject({ status: 'declined', declineReason: '今月は予定が埋まっています' });
    const o2 = (await client.client.post(`/api/v1/jobs/${job.id}/offers`, { username: worker.user.username, message })).json();
    expect((await worker.client.post(`/api/v1/offers/${o2.id}/cancel`, {})).statusCode).toBe(403);
    expect((await client.client.post(`/api/v1/offers/${o2.id}/accept`, {})).statusCode).toBe(403);
    expect((await client.client.post(`/api/v1/offers/${o2.id}/cancel`, {})).json().status).toBe('cancelled');
    const o3 = (await client.client.post(`/api/v1/jobs/${job.id}/offers`, { username: worker.user.username, message })).json();
    const stranger = await loggedInUser(t);
    expect((await stranger.client.get(`/api/v1/offers/${o3.id}`)).statusCode).toBe(404);
    expect((await stranger.client.post(`/api/v1/offers/${o3.id}/accept`, {})).statusCode).toBe(404);
    t.clock.advance(7 * DAY + 1000);
    await t.runTasks();
    expect((await worker.client.get(`/api/v1/offers/${o3.id}`)).json().status).toBe('expired');
  });

  it('refuses offers that make no sense', async () => {
    const { client, worker, job } = await setup();
    expect(
      (await client.client.post(`/api/v1/jobs/${job.id}/offers`, { username: 'nobody_here', message })).json().errors[0],
    ).toMatchObject({ pointer: '/username', code: 'user-not-found' });
    expect(
      (await client.client.post(`/api/v1/jobs/${job.id}/offers`, { username: client.user.username, message })).json().errors[0]
        .code,
    ).toBe('offer-to-self');
    expect(
      (await worker.client.post(`/api/v1/jobs/${job.id}/offers`, { username: client.user.username, message })).statusCode,
    ).toBe(404);
    await client.client.post(`/api/v1/jobs/${job.id}/close`, {});
    expect(
      (await client.client.post(`/api/v1/jobs/${job.id}/offers`, { username: worker.user.username, message })).json().code,
    ).toBe('job-not-open');
  });

  it('pending offers end at withdrawal and the other party is told', async () => {
    const { client, worker, job } = await setup();
    const offer = (await client.client.post(`/api/v1/jobs/${job.id}/offers`, { username: worker.user.username, message })).json();
    const res = await worker.client.post('/api/v1/me/withdrawal', {
      reasons: [],
      otherReason: '',
      password: worker.user.password,
      eraseNow: true,
    });
    expect(res.statusCode).toBe(200);
    expect((await client.client.get(`/api/v1/offers/${offer.id}`)).json()).toMatchObject({
      status: 'declined',
      worker: { displayName: '退会済みユーザー' },
    });
    const notes = (await client.client.get('/api/v1/me/notifications')).json().items;
    expect(notes[0]).toMatchObject({ kind: 'offer.declined' });
    // And a withdrawn worker cannot be invited.
    const job2 = (await client.client.post('/api/v1/jobs', jobInput(t))).json();
    expect(
      (await client.client.post(`/api/v1/jobs/${job2.id}/offers`, { username: worker.user.username, message })).json().code,
    ).toBe('worker-unavailable');
  });
});
