import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/app';
import { DAY } from '../../../../test/clock';
import { jobInput, loggedInUser, postPaidJob, type RegisteredUser, taskInput } from '../../../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const proposal = {
  proposal: '飲食業界の記事を3年書いています。月5本、丁寧に対応します。',
  quotedAmount: 25000,
  deliveryDays: 30,
};

async function setup(jobOverrides: Record<string, unknown> = {}) {
  const client = await loggedInUser(t);
  const worker = await loggedInUser(t);
  const job = (await client.client.post('/api/v1/jobs', jobInput(t, jobOverrides))).json();
  return { client, worker, job };
}

async function apply(worker: { client: TestClient }, jobId: string) {
  const res = await worker.client.post(`/api/v1/jobs/${jobId}/applications`, proposal);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('applying', () => {
  it('applies once, tells the client, and both sides see it', async () => {
    const { client, worker, job } = await setup();
    const app = await apply(worker, job.id);
    expect(app).toMatchObject({
      status: 'pending',
      quotedAmount: 25000,
      deliveryDays: 30,
      job: { id: job.id, title: job.title },
      worker: { username: worker.user.username },
      viewer: { role: 'worker' },
      expiresAt: new Date(new Date(job.deadline).getTime() + 14 * DAY).toISOString(),
    });
    expect(app.threadId).toBeTruthy();
    const again = await worker.client.post(`/api/v1/jobs/${job.id}/applications`, proposal);
    expect(again.json().code).toBe('already-applied');
    const list = (await client.client.get(`/api/v1/jobs/${job.id}/applications`)).json().items;
    expect(list).toHaveLength(1);
    expect(list[0].viewer.role).toBe('client');
    expect((await worker.client.get('/api/v1/me/applications')).json().items[0].id).toBe(app.id);
    const notes = (await client.client.get('/api/v1/me/notifications')).json();
    expect(notes.unreadCount).toBe(1);
    expect(notes.items[0]).toMatchObject({ kind: 'application.received', link: `/jobs/${job.id}/applications` });
    expect((await t.mailsTo(client.user.email))[0]?.subject).toContain('応募がありました');
    expect((await client.client.get('/api/v1/me/jobs')).json().items[0]).toMatchObject({
      applicationCount: 1,
      submissionCount: 0,
      pendingCount: 0,
      entryCount: 0,
    });
  });

  it('refuses what cannot be applied to', async () => {
    const { client, worker, job } = await setup();
    expect((await client.client.post(`/api/v1/jobs/${job.id}/applications`, proposal)).json().code).toBe('own-job');
    const task = await postPaidJob(client.client, taskInput(t));
    expect((await worker.client.post(`/api/v1/jobs/${task.id}/applications`, proposal)).json().code).toBe(
      'job-kind-not-applicable',
    );
    const draft = (await client.client.post('/api/v1/jobs', jobInput(t, { publish: false }))).json();
    expect((await worker.client.post(`/api/v1/jobs/${draft.id}/applications`, proposal)).statusCode).toBe(404);
    await client.client.post(`/api/v1/jobs/${job.id}/close`, {});
    expect((await worker.client.post(`/api/v1/jobs/${job.id}/applications`, proposal)).json().code).toBe('job-not-open');
    const bad = await worker.client.post(`/api/v1/jobs/${task.id}/applications`, {
      proposal: '',
      quotedAmount: 999,
      deliveryDays: 0,
    });
    expect(
      bad
        .json()
        .errors.map((e: { pointer: string }) => e.pointer)
        .sort(),
    ).toEqual(['/deliveryDays', '/proposal', '/quotedAmount']);
  });
});

describe('deciding', () => {
  it('hires up to the number of hires, declines with a reason, and the worker withdraws', async () => {
    const { client, job } = await setup({ hires: 1 });
    const w1 = await loggedInUser(t);
    const w2 = await loggedInUser(t);
    const w3 = await loggedInUser(t);
    const a1 = await apply(w1, job.id);
    const a2 = await apply(w2, job.id);
    const a3 = await apply(w3, job.id);
    expect((await client.client.post(`/api/v1/applications/${a1.id}/shortlist`, { shortlisted: true })).json().shortlisted).toBe(
      true,
    );
    expect((await client.client.post(`/api/v1/applications/${a1.id}/hire`, {})).json().status).toBe('hired');
    expect((await client.client.post(`/api/v1/applications/${a2.id}/hire`, {})).json().code).toBe('hires-full');
    const declined = await client.client.post(`/api/v1/applications/${a2.id}/decline`, { reason: '今回は経験者を優先しました' });
    expect(declined.json()).toMatchObject({ status: 'declined', declineReason: '今回は経験者を優先しました' });
    expect((await t.mailsTo(w2.user.email))[0]?.body).toContain('今回は経験者を優先しました');
    expect((await w3.client.post(`/api/v1/applications/${a3.id}/withdraw`, {})).json().status).toBe('withdrawn');
    expect((await w3.client.post(`/api/v1/applications/${a3.id}/withdraw`, {})).json().code).toBe(
      'application-transition-invalid',
    );
    expect((await client.client.post(`/api/v1/applications/${a1.id}/decline`, {})).json().code).toBe(
      'application-transition-invalid',
    );
  });

  it('only the parties see or act on an application', async () => {
    const { client, worker, job } = await setup();
    const a = await apply(worker, job.id);
    const stranger = await loggedInUser(t);
    for (const res of [
      await stranger.client.get(`/api/v1/applications/${a.id}`),
      await stranger.client.post(`/api/v1/applications/${a.id}/hire`, {}),
      await stranger.client.post(`/api/v1/applications/${a.id}/withdraw`, {}),
      await stranger.client.post(`/api/v1/applications/${a.id}/shortlist`, { shortlisted: true }),
      await stranger.client.get(`/api/v1/jobs/${job.id}/applications`),
      await stranger.client.get(`/api/v1/threads/${a.threadId}/messages`),
      await stranger.client.post(`/api/v1/threads/${a.threadId}/messages`, { body: 'こんにちは' }),
    ]) {
      expect(res.statusCode).toBe(404);
    }
    // The worker cannot hire themselves; the client cannot withdraw for the worker.
    expect((await worker.client.post(`/api/v1/applications/${a.id}/hire`, {})).statusCode).toBe(403);
    expect((await client.client.post(`/api/v1/applications/${a.id}/withdraw`, {})).statusCode).toBe(403);
    expect((await (await t.client()).get(`/api/v1/applications/${a.id}`)).statusCode).toBe(401);
  });

  it('expires undecided applications after the deadline plus the expiry period, and tells the worker', async () => {
    const { worker, job } = await setup({ deadline: new Date(t.clock().getTime() + DAY).toISOString() });
    const a = await apply(worker, job.id);
    t.clock.advance(14 * DAY);
    await t.runTasks();
    expect((await worker.client.get(`/api/v1/applications/${a.id}`)).json().status).toBe('pending');
    t.clock.advance(DAY + 1000);
    await t.runTasks();
    expect((await worker.client.get(`/api/v1/applications/${a.id}`)).json().status).toBe('expired');
    expect((await t.mailsTo((worker.user as RegisteredUser).email))[0]?.subject).toContain('期限切れ');
  });

  it('cancelling the job ends its pending applications', async () => {
    const { client, worker, job } = await setup();
    const a = await apply(worker, job.id);
    await client.client.post(`/api/v1/jobs/${job.id}/cancel`, {});
    expect((await worker.client.get(`/api/v1/applications/${a.id}`)).json()).toMatchObject({
      status: 'declined',
      declineReason: expect.stringContaining('中止'),
    });
  });
});

describe('messages and notifications', () => {
  it('the parties exchange messages with unread counts', async () => {
    const { client, worker, job } = await setup();
    const a = await apply(worker, job.id);
    expect(
      (
        await worker.client.post(`/api/v1/threads/${a.threadId}/messages`, {
          body: '質問があります。納品形式は Word でよいですか?',
        })
      ).statusCode,
    ).toBe(201);
    const inbox = (await client.client.get('/api/v1/me/threads')).json();
    expect(inbox.unreadTotal).toBe(1);
    expect(inbox.items[0]).toMatchObject({
      id: a.threadId,
      title: job.title,
      link: `/applications/${a.id}`,
      unreadCount: 1,
      otherParty: { username: worker.user.username },
    });
    const read = (await client.client.get(`/api/v1/threads/${a.threadId}/messages`)).json();
    expect(read.items).toHaveLength(1);
    expect(read.items[0]).toMatchObject({ body: '質問があります。納品形式は Word でよいですか?', sender: { isMe: false } });
    expect((await client.client.get('/api/v1/me/threads')).json().unreadTotal).toBe(0);
    await client.client.post(`/api/v1/threads/${a.threadId}/messages`, { body: 'はい、Word で大丈夫です。' });
    expect((await worker.client.get('/api/v1/me/threads')).json().unreadTotal).toBe(1);
    const bad = await client.client.post(`/api/v1/threads/${a.threadId}/messages`, { body: '   ' });
    expect(bad.json().errors).toContainEqual(expect.objectContaining({ pointer: '/body', code: 'required' }));
    const notes = (await worker.client.get('/api/v1/me/notifications')).json();
    expect(notes.items[0].kind).toBe('message.received');
    await worker.client.post('/api/v1/me/notifications/read', {});
    expect((await worker.client.get('/api/v1/me/notifications')).json().unreadCount).toBe(0);
  });
});

describe('pending applications block withdrawal', () => {
  it('lists them as a worker blocker, withdrawable in place', async () => {
    const { worker, job } = await setup();
    const a = await apply(worker, job.id);
    const pre = (await worker.client.get('/api/v1/me/withdrawal')).json();
    expect(pre.blockers[0]).toMatchObject({ code: 'pending-applications', role: 'worker', count: 1, clearsAt: a.expiresAt });
    expect(pre.blockers[0].items[0]).toMatchObject({
      id: a.id,
      resolve: {
        href: `/api/v1/applications/${a.id}/withdraw`,
        label: '応募を取り下げる',
        // The page asks before it acts, and then says what was done.
        confirm: expect.stringContaining('取り下げた応募は元に戻せません'),
        done: '応募を取り下げました。',
      },
    });
    const en = await worker.client.request({ method: 'GET', url: '/api/v1/me/withdrawal', headers: { 'accept-language': 'en' } });
    expect(en.json().blockers[0].items[0].resolve).toMatchObject({
      label: 'Withdraw this application',
      done: 'Your application has been withdrawn.',
    });
    await worker.client.post(pre.blockers[0].items[0].resolve.href, {});
    expect((await worker.client.get('/api/v1/me/withdrawal')).json().eligible).toBe(true);
  });

  it("a withdrawing client's waiting applicants are told, and the worker cannot apply once withdrawn", async () => {
    const { client, worker, job } = await setup();
    const a = await apply(worker, job.id);
    await client.client.post(`/api/v1/jobs/${job.id}/close`, {});
    expect(
      (
        await client.client.post('/api/v1/me/withdrawal', {
          reasons: [],
          otherReason: '',
          password: client.user.password,
          eraseNow: true,
        })
      ).statusCode,
    ).toBe(200);
    expect((await worker.client.get(`/api/v1/applications/${a.id}`)).json()).toMatchObject({
      status: 'declined',
      client: { displayName: '退会済みユーザー', withdrawn: true },
    });
  });
});

describe('reading a thread', () => {
  it('marks its message notices read', async () => {
    const { client, worker, job } = await setup();
    const a = await apply(worker, job.id);
    await worker.client.post(`/api/v1/threads/${a.threadId}/messages`, { body: '質問です' });
    const before = (await client.client.get('/api/v1/me/notifications')).json();
    expect(before.items.find((n: { kind: string }) => n.kind === 'message.received').readAt).toBeNull();
    await client.client.get(`/api/v1/threads/${a.threadId}/messages`);
    const after = (await client.client.get('/api/v1/me/notifications')).json();
    expect(after.items.find((n: { kind: string }) => n.kind === 'message.received').readAt).not.toBeNull();
  });
});
