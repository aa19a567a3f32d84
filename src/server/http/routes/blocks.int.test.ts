// Blocking over HTTP: block, list and unblock (idempotent, silent), bad input, oneself,
// staff, anonymous; each action between two members refused both ways after a block and
// allowed again after unblocking; what a block ends; a live contract going on; searches.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/app';
import { deliver, fundByCard, hiredContract, type Party, staffMember } from '../../../../test/contracts';
import { competitionInput, jobInput, loggedInUser, postPaidJob, taskInput } from '../../../../test/factories';
import { buy, createService } from '../../../../test/orders';
import { skillKey } from '../../../domain/discovery/workers';
import { documentTokens } from '../../../domain/jobs/search';
import { serviceSearchText } from '../../services/values';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});
beforeEach(() => {
  t.clock.set('2026-04-01T00:00:00Z');
});

const db = () => t.database.db;
const idOf = async (username: string) =>
  (await db().selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
const NO_SUCH = '00000000-0000-4000-8000-000000000000';
const word = () => `ぶろ${randomBytes(3).toString('hex')}`;

async function pair() {
  const a: Party = await loggedInUser(t);
  const b: Party = await loggedInUser(t);
  return { a, b, aId: await idOf(a.user.username), bId: await idOf(b.user.username) };
}
const block = (c: TestClient, username: string) => c.post('/api/v1/blocks', { username });
const apply = (c: TestClient, jobId: string) =>
  c.post(`/api/v1/jobs/${jobId}/applications`, { proposal: 'よろしくお願いします。', quotedAmount: 10_000, deliveryDays: 7 });
const offer = (c: TestClient, jobId: string, username: string) =>
  c.post(`/api/v1/jobs/${jobId}/offers`, { username, message: 'ぜひお願いしたいです。' });
const ask = (c: TestClient, serviceId: string) =>
  c.post(`/api/v1/services/${serviceId}/inquiries`, { message: '見積りをお願いします。' });
const quote = (c: TestClient, inquiryId: string) =>
  c.post(`/api/v1/inquiries/${inquiryId}/quotes`, {
    price: 20_000,
    deliveryDays: 7,
    revisions: 1,
    includes: 'ロゴ3案',
    validUntil: '2026-04-08',
  });
const expectUnavailable = (res: { statusCode: number; body: string; json(): { code: string; detail: string } }) => {
  expect(res.statusCode, res.body).toBe(403);
  expect(res.json().code).toBe('member-unavailable');
  expect(res.json().detail).not.toMatch(/ブロック/);
};

describe('blocking', () => {
  it('blocks, lists and unblocks; twice is once; the blocked member is told nothing and sees nothing', async () => {
    const { a, b, bId } = await pair();
    const mailsBefore = (await t.mailsTo(b.user.email)).length;
    for (let i = 0; i < 2; i++) {
      const res = await block(a.client, `@${b.user.username.toUpperCase()}`);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toEqual({ userId: bId, blocked: true });
    }
    const list = (await a.client.get('/api/v1/blocks')).json();
    expect(list).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(list.items[0]).toMatchObject({ userId: bId, username: b.user.username, displayName: b.user.displayName });
    expect((await a.client.get(`/api/v1/users/${b.user.username}/block`)).json()).toEqual({ userId: bId, blocked: true });
    // B cannot list who blocked them, nor see it on A's page, nor in notices or mail.
    expect((await b.client.get('/api/v1/blocks')).json()).toMatchObject({ total: 0, items: [] });
    expect((await b.client.get(`/api/v1/users/${a.user.username}/block`)).json().blocked).toBe(false);
    expect((await b.client.get('/api/v1/me/notifications')).json().items).toEqual([]);
    expect((await t.mailsTo(b.user.email)).length).toBe(mailsBefore);

    for (let i = 0; i < 2; i++) expect((await a.client.delete(`/api/v1/blocks/${bId}`)).statusCode).toBe(200);
    expect((await a.client.get('/api/v1/blocks')).json().total).toBe(0);
    const aId = await idOf(a.user.username);
    const audit = await db()
      .selectFrom('audit_events')
      .select(['action', 'subject_id'])
      .where('action', 'like', 'member.%block%')
      .execute();
    expect(audit.filter((e) => e.subject_id === aId).map((e) => e.action)).toEqual(['member.blocked', 'member.unblocked']);
  });

  it('refuses bad input, unknown members, oneself, staff and anonymous callers', async () => {
    const { a } = await pair();
    const staff = await staffMember(t, 'support');
    const code = async (res: Promise<{ statusCode: number; json(): { code: string } }>) => {
      const r = await res;
      return [r.statusCode, r.json().code];
    };
    expect(await code(a.client.post('/api/v1/blocks', {}))).toEqual([400, 'validation-failed']);
    expect(await code(a.client.post('/api/v1/blocks', { username: 'x', userId: NO_SUCH }))).toEqual([400, 'validation-failed']);
    expect(await code(a.client.post('/api/v1/blocks', { userId: 'nope' }))).toEqual([400, 'validation-failed']);
    expect(await code(a.client.post('/api/v1/blocks', { userId: NO_SUCH }))).toEqual([404, 'not-found']);
    expect(await code(block(a.client, 'no_such_member'))).toEqual([404, 'not-found']);
    expect(await code(block(a.client, a.user.username))).toEqual([422, 'block-self']);
    expect(await code(block(a.client, staff.user.username))).toEqual([422, 'block-staff']);
    expect(await code(a.client.delete('/api/v1/blocks/nope'))).toEqual([400, 'validation-failed']);
    expect(await code(a.client.get('/api/v1/blocks?page=0'))).toEqual([400, 'validation-failed']);
    expect(await code(a.client.get('/api/v1/users/no_such_member/block'))).toEqual([404, 'not-found']);
    const anonymous = await t.client();
    expect(await code(anonymous.post('/api/v1/blocks', { username: a.user.username }))).toEqual([401, 'unauthenticated']);
    expect(await code(anonymous.get('/api/v1/blocks'))).toEqual([401, 'unauthenticated']);
    expect(await code(anonymous.delete(`/api/v1/blocks/${NO_SUCH}`))).toEqual([401, 'unauthenticated']);
  });

  it('ends what was pending between them as the blocker would have answered it, with the usual notices', async () => {
    const { a, b } = await pair();
    const aJob = (await a.client.post('/api/v1/jobs', jobInput(t, { hires: 3 }))).json();
    const bJob = (await b.client.post('/api/v1/jobs', jobInput(t, { hires: 3 }))).json();
    const bApplied = (await apply(b.client, aJob.id)).json();
    const aApplied = (await apply(a.client, bJob.id)).json();
    const aOffered = (await offer(a.client, aJob.id, b.user.username)).json();
    const bOffered = (await offer(b.client, bJob.id, a.user.username)).json();
    expect((await block(a.client, b.user.username)).statusCode).toBe(201);

    expect((await b.client.get(`/api/v1/applications/${bApplied.id}`)).json().status).toBe('declined');
    expect((await a.client.get(`/api/v1/applications/${aApplied.id}`)).json().status).toBe('withdrawn');
    expect((await b.client.get(`/api/v1/offers/${aOffered.id}`)).json().status).toBe('cancelled');
    expect((await b.client.get(`/api/v1/offers/${bOffered.id}`)).json().status).toBe('declined');
    const notices = (await b.client.get('/api/v1/me/notifications'))
      .json()
      .items.map((n: { title: string; body: string }) => n.title + n.body);
    expect(notices.join('\n')).not.toMatch(/ブロック/);
    expect(notices.some((n: string) => n.includes('今回は見送りとなりました'))).toBe(true);
  });

  it('refuses applying, scouting, messaging, quoting and buying both ways, and allows them again after unblocking', async () => {
    const { a, b, aId, bId } = await pair();
    const aJob = (await a.client.post('/api/v1/jobs', jobInput(t, { hires: 5 }))).json();
    const bJob = (await b.client.post('/api/v1/jobs', jobInput(t, { hires: 5 }))).json();
    const aService = await createService(db(), aId);
    const bService = await createService(db(), bId);
    // An inquiry thread opened before the block.
    const inquiry = (await ask(b.client, aService.id)).json();
    expect((await block(a.client, b.user.username)).statusCode).toBe(201);

    for (const [x, y, xJob, yService, yName] of [
      [b, a, bJob, aService, a.user.username],
      [a, b, aJob, bService, b.user.username],
    ] as const) {
      const otherJob = x === b ? aJob : bJob;
      expectUnavailable(await apply(x.client, otherJob.id));
      expectUnavailable(await offer(x.client, xJob.id, yName));
      expectUnavailable(await ask(x.client, yService.id));
      expectUnavailable(await buy(x.client, yService));
      void y;
    }
    expectUnavailable(await b.client.post(`/api/v1/threads/${inquiry.threadId}/messages`, { body: 'いかがでしょうか' }));
    expectUnavailable(
      await a.client.post(`/api/v1/threads/${inquiry.threadId}/messages`, { body: 'ご連絡ありがとうございます' }),
    );
    expectUnavailable(await quote(a.client, inquiry.id));

    expect((await a.client.delete(`/api/v1/blocks/${bId}`)).statusCode).toBe(200);
    expect((await b.client.post(`/api/v1/threads/${inquiry.threadId}/messages`, { body: 'いかがでしょうか' })).statusCode).toBe(
      201,
    );
    const q = await quote(a.client, inquiry.id);
    expect(q.statusCode, q.body).toBe(201);
    expect((await apply(b.client, aJob.id)).statusCode).toBe(201);
    expect((await offer(b.client, bJob.id, a.user.username)).statusCode).toBe(201);
    expect((await ask(a.client, bService.id)).statusCode).toBe(201);
    expect((await buy(b.client, aService)).statusCode).toBe(201);
  });

  it('refuses task submissions and competition entries to a blocked client, and allows them after unblocking', async () => {
    const { a, b, bId } = await pair();
    const task = await postPaidJob(a.client, taskInput(t));
    const competition = await postPaidJob(a.client, competitionInput(t));
    expect((await block(b.client, a.user.username)).statusCode).toBe(201);
    expectUnavailable(await b.client.post(`/api/v1/jobs/${task.id}/submissions`, { body: '作業しました。' }));
    expectUnavailable(await b.client.post(`/api/v1/jobs/${competition.id}/entries`, { title: '案A', description: '' }));
    expect((await b.client.delete(`/api/v1/blocks/${await idOf(a.user.username)}`)).statusCode).toBe(200);
    const submitted = await b.client.post(`/api/v1/jobs/${task.id}/submissions`, { body: '作業しました。' });
    expect(submitted.statusCode, submitted.body).toBe(201);
    void bId;
  });

  it('a block leaves a live contract alone: its thread and its steps go on', async () => {
    const c = await hiredContract(t);
    await fundByCard(c);
    expect((await block(c.client.client, c.worker.user.username)).statusCode).toBe(201);
    const contract = (await c.worker.client.get(`/api/v1/contracts/${c.contractId}`)).json();
    const sent = await c.worker.client.post(`/api/v1/threads/${contract.threadId}/messages`, { body: '納品物をお送りします。' });
    expect(sent.statusCode, sent.body).toBe(201);
    await deliver(c);
    const accepted = await c.client.client.post(`/api/v1/milestones/${c.milestoneId}/accept`, {});
    expect(accepted.statusCode, accepted.body).toBe(200);
  });

  it('hides each from the other in job, service and worker searches, and shows them again after unblocking', async () => {
    const { a, b, aId, bId } = await pair();
    const w = word();
    const aJob = (await a.client.post('/api/v1/jobs', jobInput(t, { title: `案件 ${w}` }))).json();
    const bJob = (await b.client.post('/api/v1/jobs', jobInput(t, { title: `案件 ${w}` }))).json();
    for (const id of [aId, bId]) {
      const service = await createService(db(), id, { title: `デザイン ${w}` });
      const text = serviceSearchText({
        title: `デザイン ${w}`,
        description: '',
        category: 'design-logo',
        tags: [],
        packages: [],
        options: [],
      });
      await db()
        .updateTable('services')
        .set({ search_text: text, search_tokens: documentTokens(text) })
        .where('id', '=', service.id)
        .execute();
    }
    for (const id of [aId, bId])
      await db()
        .updateTable('profiles')
        .set({ skills: [w], search_skills: [skillKey(w)] })
        .where('user_id', '=', id)
        .execute();
    const jobs = async (c: TestClient) =>
      (await c.get(`/api/v1/jobs?q=${encodeURIComponent(w)}`))
        .json()
        .items.map((j: { id: string }) => j.id)
        .sort();
    const sellers = async (c: TestClient) =>
      (await c.get(`/api/v1/services?q=${encodeURIComponent(w)}`))
        .json()
        .items.map((s: { seller: { username: string } }) => s.seller.username)
        .sort();
    const workers = async (c: TestClient) =>
      (await c.get(`/api/v1/workers?skill=${encodeURIComponent(w)}`))
        .json()
        .items.map((u: { username: string }) => u.username)
        .sort();
    const third = await loggedInUser(t);
    expect(await jobs(b.client)).toEqual([aJob.id, bJob.id].sort());
    expect((await sellers(b.client)).length).toBe(2);

    expect((await block(a.client, b.user.username)).statusCode).toBe(201);
    expect(await jobs(b.client)).toEqual([bJob.id]);
    expect(await jobs(a.client)).toEqual([aJob.id]);
    expect(await sellers(b.client)).toEqual([b.user.username]);
    expect(await sellers(a.client)).toEqual([a.user.username]);
    expect(await workers(a.client)).toEqual([a.user.username]);
    expect(await workers(b.client)).toEqual([b.user.username]);
    // Others still see both; the job page tells the blocked member they cannot apply.
    expect((await jobs(third.client)).length).toBe(2);
    expect((await workers(third.client)).length).toBe(2);
    expect((await b.client.get(`/api/v1/jobs/${aJob.id}`)).json().viewer).toEqual({ isOwner: false, unavailable: true });
    // Scouting is not offered on each other's profiles; a third member still may scout.
    expect((await a.client.get(`/api/v1/users/${b.user.username}`)).json().actions).toEqual([]);
    expect((await third.client.get(`/api/v1/users/${b.user.username}`)).json().actions).toEqual(['scout']);
    expect((await third.client.get(`/api/v1/jobs/${aJob.id}`)).json().viewer.unavailable).toBe(false);

    expect((await a.client.delete(`/api/v1/blocks/${bId}`)).statusCode).toBe(200);
    expect(await jobs(b.client)).toEqual([aJob.id, bJob.id].sort());
    expect((await workers(a.client)).length).toBe(2);
    expect((await b.client.get(`/api/v1/jobs/${aJob.id}`)).json().viewer.unavailable).toBe(false);
  });

  it('a member who withdraws takes the blocks they made and those of them', async () => {
    const { a, b, bId, aId } = await pair();
    const c: Party = await loggedInUser(t);
    expect((await block(a.client, b.user.username)).statusCode).toBe(201);
    expect((await block(c.client, a.user.username)).statusCode).toBe(201);
    const res = await a.client.post('/api/v1/me/withdrawal', {
      password: a.user.password,
      reasons: [],
      otherReason: '',
      eraseNow: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    const left = await db()
      .selectFrom('member_blocks')
      .selectAll()
      .where((eb) => eb.or([eb('blocker_id', '=', aId), eb('blocked_id', '=', aId)]))
      .execute();
    expect(left).toEqual([]);
    void bId;
  });
});
