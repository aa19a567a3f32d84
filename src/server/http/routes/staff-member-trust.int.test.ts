// A member's trust and safety record in the staff console over HTTP: only support,
// moderators and admin read it (a member, even about themselves, and finance get 403); it
// lists the member's restrictions, the reports about them and by them, and their flags.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { type Party, staffMember } from '../../../../test/contracts';
import { jobInput, loggedInUser } from '../../../../test/factories';

let t: TestApp;
let moderator: Party;
let client: Awaited<ReturnType<typeof loggedInUser>>;
let worker: Awaited<ReturnType<typeof loggedInUser>>;
let workerId: string;

const idOf = async (username: string) =>
  (await t.database.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
const trustOf = (c: Party['client'], id: string) => c.get(`/api/v1/staff/users/${id}/trust`);

beforeAll(async () => {
  t = await startTestApp();
  moderator = await staffMember(t, 'moderator');
  client = await loggedInUser(t);
  worker = await loggedInUser(t);
  workerId = await idOf(worker.user.username);
  const jobId = (await client.client.post('/api/v1/jobs', jobInput(t))).json().id;
  const applied = await worker.client.post(`/api/v1/jobs/${jobId}/applications`, {
    proposal: '飲食業界の記事を3年書いています。月5本、丁寧に対応します。',
    quotedAmount: 25000,
    deliveryDays: 30,
  });
  expect(applied.statusCode, applied.body).toBe(201);
  const threadId = (await worker.client.get('/api/v1/me/threads')).json().items[0].id;
  await worker.client.post(`/api/v1/threads/${threadId}/messages`, { body: '常識がないですね。', attachmentIds: [] });
  const messages = (await client.client.get(`/api/v1/threads/${threadId}/messages`)).json().items;
  const messageId = messages.find((m: { sender: { isMe: boolean } }) => !m.sender.isMe).id;
  const reported = await client.client.post('/api/v1/reports', {
    targetKind: 'message',
    targetId: messageId,
    reason: 'harassment',
    note: '暴言を送られました',
  });
  expect(reported.statusCode, reported.body).toBe(201);
  const restricted = await moderator.client.post(`/api/v1/staff/users/${workerId}/restrictions`, {
    kind: 'messaging',
    article: 'art8',
    reason: '相手への暴言が続いたため',
    evidence: '通報のメッセージ',
    endsAt: null,
  });
  expect(restricted.statusCode, restricted.body).toBe(201);
  await t.database.db
    .insertInto('member_flags')
    .values({ kind: 'former-member', user_id: workerId, contract_id: null, withdrawn_on: '2024-06-30', created_at: t.clock() })
    .execute();
});
afterAll(async () => {
  await t?.close();
});

describe("a member's trust and safety record for staff", () => {
  it('is for support, moderators and admin; members (even about themselves) and finance get 403, visitors 401', async () => {
    for (const role of ['support', 'moderator', 'admin'] as const) {
      const staff = await staffMember(t, role);
      expect((await trustOf(staff.client, workerId)).statusCode).toBe(200);
    }
    const finance = await staffMember(t, 'finance');
    expect((await trustOf(finance.client, workerId)).json().code).toBe('forbidden');
    expect((await trustOf(client.client, workerId)).statusCode).toBe(403);
    expect((await trustOf(worker.client, workerId)).statusCode).toBe(403);
    expect((await trustOf(await t.client(), workerId)).statusCode).toBe(401);
    expect((await trustOf(moderator.client, crypto.randomUUID())).statusCode).toBe(404);
  });

  it('lists the restriction, the report from both sides, and the flag', async () => {
    const worker_ = (await trustOf(moderator.client, workerId)).json();
    expect(worker_.restrictions).toEqual([
      expect.objectContaining({ kind: 'messaging', state: 'active', endsAt: null, appealPending: false }),
    ]);
    expect(worker_.restrictions[0].articleTitle).toContain('第8条');
    expect(worker_.reportsAbout).toEqual([
      expect.objectContaining({ targetKind: 'message', reason: 'harassment', status: 'open', excerpt: '常識がないですね。' }),
    ]);
    expect(worker_.reportsAbout[0].other.username).toBe(client.user.username);
    expect(worker_.reportsBy).toEqual([]);
    expect(worker_.flags).toEqual([
      expect.objectContaining({ kind: 'former-member', withdrawnOn: '2024-06-30', resolvedAt: null }),
    ]);

    const client_ = (await trustOf(moderator.client, await idOf(client.user.username))).json();
    expect(client_.reportsBy).toHaveLength(1);
    expect(client_.reportsBy[0].other.username).toBe(worker.user.username);
    expect(client_.reportsAbout).toEqual([]);
    expect(client_.restrictions).toEqual([]);
  });
});
