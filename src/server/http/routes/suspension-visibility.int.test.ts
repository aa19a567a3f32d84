// A suspended member is unavailable to others while the suspension lasts: their services
// cannot be bought or asked about, their postings take no proposals or submissions, and
// search and their profile's list leave their services and postings out — nothing is
// deleted, all of it is back when the suspension is lifted. And a member's services on
// their profile are left out for a viewer they blocked or who blocked them, as in search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { type Party, staffMember } from '../../../../test/contracts';
import { jobInput, loggedInUser, postPaidJob, taskInput } from '../../../../test/factories';
import { buy, createService, type TestService } from '../../../../test/orders';

let t: TestApp;
let moderator: Party;
let admin: Party;
type Member = Awaited<ReturnType<typeof loggedInUser>>;
let suspended: Member;
let other: Member;
let service: TestService;
let job: { id: string };
let task: { id: string };
let restrictionId: string;

const JOB_TITLE = '停止確認用の記事作成の募集';
const servicesFound = async (m: Member) =>
  (await m.client.get('/api/v1/services?category=design-logo')).json().items.map((s: { id: string }) => s.id);
const jobsFound = async (m: Member) =>
  (await m.client.get(`/api/v1/jobs?q=${encodeURIComponent(JOB_TITLE)}`)).json().items.map((j: { id: string }) => j.id);
const profileServices = async (m: Member, username: string) =>
  (await m.client.get(`/api/v1/users/${username}/services`)).json().items.map((s: { id: string }) => s.id);

beforeAll(async () => {
  t = await startTestApp();
  moderator = await staffMember(t, 'moderator');
  admin = await staffMember(t, 'admin');
  suspended = await loggedInUser(t);
  other = await loggedInUser(t);
  const id = (
    await t.database.db.selectFrom('users').select('id').where('username', '=', suspended.user.username).executeTakeFirstOrThrow()
  ).id;
  service = await createService(t.database.db, id, {});
  job = (await suspended.client.post('/api/v1/jobs', jobInput(t, { title: JOB_TITLE }))).json();
  task = await postPaidJob(suspended.client, taskInput(t));
  const r = await moderator.client.post(`/api/v1/staff/users/${id}/restrictions`, {
    kind: 'suspended',
    article: 'art10',
    reason: '詐欺の疑いがあり調査中のため',
    evidence: '複数の通報',
    endsAt: null,
  });
  expect(r.statusCode, r.body).toBe(201);
  restrictionId = r.json().id;
});
afterAll(async () => {
  await t?.close();
});

describe('a suspended member, to others', () => {
  it('cannot be bought from or asked for a quote', async () => {
    const order = await buy(other.client, service);
    expect(order.json().code, order.body).toBe('seller-unavailable');
    const ask = await other.client.post(`/api/v1/services/${service.id}/inquiries`, { message: 'ご相談です。' });
    expect([404, 409]).toContain(ask.statusCode);
    if (ask.statusCode === 409) expect(ask.json().code).toBe('seller-unavailable');
  });

  it('takes no proposal or task submission on their postings', async () => {
    const applied = await other.client.post(`/api/v1/jobs/${job.id}/applications`, {
      proposal: 'よろしくお願いします',
      quotedAmount: 10000,
      deliveryDays: 7,
    });
    expect(applied.statusCode).toBe(409);
    expect(applied.json().code).toBe('client-unavailable');
    expect(applied.json().title).toBe('この募集者とは現在お取引できません');
    const submitted = await other.client.post(`/api/v1/jobs/${task.id}/submissions`, { body: '回答です。', attachmentIds: [] });
    expect(submitted.json().code).toBe('client-unavailable');
  });

  it('is left out of search, of the profile list and of the service page; the seller still sees their own', async () => {
    expect(await servicesFound(other)).not.toContain(service.id);
    expect(await jobsFound(other)).toEqual([]);
    expect(await profileServices(other, suspended.user.username)).toEqual([]);
    expect((await other.client.get(`/api/v1/services/${service.id}`)).statusCode).toBe(404);
    expect((await suspended.client.get(`/api/v1/services/${service.id}`)).statusCode).toBe(200);
    const row = await t.database.db
      .selectFrom('services')
      .select('status')
      .where('id', '=', service.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('published');
  });

  it('is back everywhere when the suspension is lifted', async () => {
    const lifted = await admin.client.post(`/api/v1/staff/restrictions/${restrictionId}/lift`, {
      reason: '調査の結果、問題なし',
    });
    expect(lifted.statusCode, lifted.body).toBe(200);
    expect(await servicesFound(other)).toContain(service.id);
    expect(await jobsFound(other)).toEqual([job.id]);
    expect(await profileServices(other, suspended.user.username)).toEqual([service.id]);
    expect((await buy(other.client, service)).statusCode).toBe(201);
  });
});

describe('a member’s services on their profile, across a block', () => {
  it('are left out for the member they blocked and for one who blocked them', async () => {
    const seller = await loggedInUser(t);
    const blocked = await loggedInUser(t);
    const sellerId = (
      await t.database.db.selectFrom('users').select('id').where('username', '=', seller.user.username).executeTakeFirstOrThrow()
    ).id;
    const own = await createService(t.database.db, sellerId);
    expect(await profileServices(blocked, seller.user.username)).toEqual([own.id]);
    const res = await seller.client.post('/api/v1/blocks', { username: blocked.user.username });
    expect(res.statusCode, res.body).toBeLessThan(300);
    expect(await profileServices(blocked, seller.user.username)).toEqual([]);
    // The other way round: the blocker does not see the blocked member's services either.
    const theirs = await createService(
      t.database.db,
      (
        await t.database.db
          .selectFrom('users')
          .select('id')
          .where('username', '=', blocked.user.username)
          .executeTakeFirstOrThrow()
      ).id,
    );
    expect(await profileServices(seller, blocked.user.username)).toEqual([]);
    // Anyone else, and a visitor, still see them.
    expect(await profileServices(other, seller.user.username)).toEqual([own.id]);
    const visitor = await t.client();
    expect((await visitor.get(`/api/v1/users/${blocked.user.username}/services`)).json().items[0].id).toBe(theirs.id);
  });
});
