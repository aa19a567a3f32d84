// Reports, the moderation queue and restrictions over HTTP: bad input, other members'
// ids, roles (support cannot restrict, a moderator cannot settle money or confirm
// deposits, nobody decides an appeal of their own restriction), enforcement and what a
// restricted member can still do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/app';
import { type Party, staffMember } from '../../../../test/contracts';
import { jobInput, loggedInUser } from '../../../../test/factories';
import { logInWithCode } from '../../../../test/second-factor';

let t: TestApp;
let moderator: Party;
let moderator2: Awaited<ReturnType<typeof staffMember>>;
let support: Party;
let admin: Party;
type Member = Awaited<ReturnType<typeof loggedInUser>>;
let client: Member;
let worker: Member;
let stranger: Member;
let jobId: string;
let threadId: string;
let messageId: string;

const idOf = async (username: string) =>
  (await t.database.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
const report = (c: TestClient, body: Record<string, unknown>) =>
  c.post('/api/v1/reports', { reason: 'direct_deal', note: '', ...body });
const restriction = (over: Record<string, unknown> = {}) => ({
  kind: 'messaging',
  article: 'art7',
  reason: 'メッセージでLINEのIDを送り、直接取引に誘っていました。',
  evidence: '',
  endsAt: new Date(t.clock().getTime() + 7 * 86_400_000).toISOString(),
  ...over,
});

beforeAll(async () => {
  t = await startTestApp();
  [moderator, moderator2, support, admin] = [
    await staffMember(t, 'moderator'),
    await staffMember(t, 'moderator'),
    await staffMember(t, 'support'),
    await staffMember(t, 'admin'),
  ];
  client = await loggedInUser(t);
  worker = await loggedInUser(t);
  stranger = await loggedInUser(t);
  jobId = (await client.client.post('/api/v1/jobs', jobInput(t))).json().id;
  const applied = await worker.client.post(`/api/v1/jobs/${jobId}/applications`, {
    proposal: '飲食業界の記事を3年書いています。月5本、丁寧に対応します。',
    quotedAmount: 25000,
    deliveryDays: 30,
  });
  expect(applied.statusCode, applied.body).toBe(201);
  threadId = (await worker.client.get('/api/v1/me/threads')).json().items[0].id;
  expect(
    (
      await worker.client.post(`/api/v1/threads/${threadId}/messages`, {
        body: '常識がないですね。こんな募集は迷惑です。',
        attachmentIds: [],
      })
    ).statusCode,
  ).toBe(201);
  const messages = (await client.client.get(`/api/v1/threads/${threadId}/messages`)).json().items;
  messageId = messages.find((m: { sender: { isMe: boolean } }) => !m.sender.isMe).id;
});
afterAll(async () => {
  await t?.close();
});

describe('reporting', () => {
  it('refuses anonymous, bad input, oneself, and what the reporter cannot see', async () => {
    const anon = await t.client();
    expect((await report(anon, { targetKind: 'message', targetId: messageId })).statusCode).toBe(401);
    const bad = await client.client.post('/api/v1/reports', {
      targetKind: 'thing',
      targetId: '',
      reason: 'nope',
      note: 'x'.repeat(1001),
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { pointer: string }) => e.pointer)
        .sort(),
    ).toEqual(['/note', '/reason', '/targetId', '/targetKind']);
    expect((await report(client.client, { targetKind: 'job', targetId: jobId })).json().code).toBe('report-self');
    expect((await report(worker.client, { targetKind: 'member', targetId: worker.user.username })).json().code).toBe(
      'report-self',
    );
    // Another members' private thread: its message is not found for a stranger.
    expect((await report(stranger.client, { targetKind: 'message', targetId: messageId })).statusCode).toBe(404);
    expect((await report(stranger.client, { targetKind: 'job', targetId: 'not-a-uuid' })).statusCode).toBe(404);
    expect((await report(stranger.client, { targetKind: 'review', targetId: crypto.randomUUID() })).statusCode).toBe(404);
  });

  it('takes one open report per reporter and target, and snapshots the content', async () => {
    const res = await report(client.client, { targetKind: 'message', targetId: messageId, note: '暴言を送られました' });
    expect(res.statusCode, res.body).toBe(201);
    t.clock.advance(1000);
    expect((await report(client.client, { targetKind: 'message', targetId: messageId })).json().code).toBe('report-already-open');
    const mine = (await client.client.get('/api/v1/me/reports')).json().items;
    expect(mine[0]).toMatchObject({ targetKind: 'message', reason: 'direct_deal', outcome: { status: 'open' } });
    // A stranger may report the public posting and the member.
    expect((await report(stranger.client, { targetKind: 'job', targetId: jobId, reason: 'fraud' })).statusCode).toBe(201);
    t.clock.advance(1000);
    expect(
      (await report(stranger.client, { targetKind: 'member', targetId: worker.user.username, reason: 'other' })).statusCode,
    ).toBe(201);
  });
});

describe('the moderation queue', () => {
  it('is for moderators and admin; members and finance are refused', async () => {
    expect((await client.client.get('/api/v1/staff/moderation/reports')).statusCode).toBe(403);
    const finance = await staffMember(t, 'finance');
    expect((await finance.client.get('/api/v1/staff/moderation/reports')).statusCode).toBe(403);
    expect((await support.client.get('/api/v1/staff/moderation/reports')).statusCode).toBe(403);
    const page = (await moderator.client.get('/api/v1/staff/moderation/reports?limit=2')).json();
    expect(page.items).toHaveLength(2);
    expect(page.items[0].targetKind).toBe('message');
    expect(page.next).not.toBeNull();
    const rest = (await admin.client.get(`/api/v1/staff/moderation/reports?after=${encodeURIComponent(page.next)}`)).json();
    expect(rest.items.map((i: { id: string }) => i.id)).not.toContain(page.items[0].id);
    expect((await moderator.client.get('/api/v1/staff/moderation/reports?limit=0')).statusCode).toBe(400);
  });

  it('a moderator cannot settle money or confirm deposits', async () => {
    expect((await moderator.client.get('/api/v1/staff/deposits')).statusCode).toBe(403);
    expect((await moderator.client.get('/api/v1/staff/disputes')).statusCode).toBe(403);
  });

  it('shows the evidence even after the content is removed, and decides citing the terms', async () => {
    const first = (await moderator.client.get('/api/v1/staff/moderation/reports')).json().items[0];
    const detail = (await moderator.client.get(`/api/v1/staff/moderation/reports/${first.id}`)).json();
    expect(detail.snapshot.text).toContain('迷惑です');
    expect(detail.actions).toEqual(['dismiss', 'warn', 'remove', 'restrict']);
    expect((await moderator.client.get(`/api/v1/staff/moderation/reports/${crypto.randomUUID()}`)).statusCode).toBe(404);
    // No rule, no restriction.
    const noRule = await moderator.client.post(`/api/v1/staff/moderation/reports/${first.id}/decision`, {
      action: 'restrict',
      restriction: { ...restriction(), article: undefined },
    });
    expect(noRule.statusCode).toBe(400);
    const removed = await moderator.client.post(`/api/v1/staff/moderation/reports/${first.id}/decision`, {
      action: 'remove',
      article: 'art7',
      note: '連絡先の交換を求める内容のため削除しました。',
    });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json()).toMatchObject({ contentPresent: false, outcome: { status: 'removed', article: 'art7' }, actions: [] });
    expect(removed.json().snapshot.text).toContain('迷惑です');
    const again = await moderator.client.post(`/api/v1/staff/moderation/reports/${first.id}/decision`, {
      action: 'dismiss',
      note: '重複',
    });
    expect(again.json().code).toBe('report-decided');
    const thread = (await client.client.get(`/api/v1/threads/${threadId}/messages`)).json().items;
    expect(thread.find((m: { id: string }) => m.id === messageId)).toMatchObject({ body: '', removedByStaff: true });
    expect(
      (await client.client.get('/api/v1/me/reports')).json().items.find((r: { targetKind: string }) => r.targetKind === 'message')
        .outcome.status,
    ).toBe('removed');
  });

  it('a member report cannot be "removed"', async () => {
    const items = (await moderator.client.get('/api/v1/staff/moderation/reports')).json().items;
    const memberReport = items.find((i: { targetKind: string }) => i.targetKind === 'member');
    const res = await moderator.client.post(`/api/v1/staff/moderation/reports/${memberReport.id}/decision`, {
      action: 'remove',
      article: 'art8',
      note: '削除',
    });
    expect(res.json().code).toBe('report-not-removable');
  });
});

describe('restrictions with due process', () => {
  let restrictionId: string;
  let workerId: string;

  it('support cannot restrict; nobody restricts without a rule, a reason, evidence and an end', async () => {
    workerId = await idOf(worker.user.username);
    const url = `/api/v1/staff/users/${workerId}/restrictions`;
    expect((await support.client.post(url, restriction({ evidence: '通報' }))).statusCode).toBe(403);
    expect((await worker.client.post(url, restriction({ evidence: '通報' }))).statusCode).toBe(403);
    const bad = await moderator.client.post(url, { kind: 'messaging', reason: '', endsAt: 'tomorrow' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { pointer: string }) => e.pointer)
        .sort(),
    ).toEqual(['/article', '/endsAt', '/reason']);
    const noEvidence = await moderator.client.post(url, restriction());
    expect(noEvidence.json().errors[0].pointer).toBe('/evidence');
    const past = await moderator.client.post(
      url,
      restriction({ evidence: 'x', endsAt: new Date(t.clock().getTime() - 1000).toISOString() }),
    );
    expect(past.json().errors[0].code).toBe('restriction-end-invalid');
    expect(
      (await moderator.client.post(`/api/v1/staff/users/${crypto.randomUUID()}/restrictions`, restriction({ evidence: 'x' })))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await moderator.client.post(
          `/api/v1/staff/users/${await idOf(moderator.user.username)}/restrictions`,
          restriction({ evidence: 'x' }),
        )
      ).json().code,
    ).toBe('staff-conflict-of-interest');
  });

  it('restricts messaging: sending is refused with account-restricted; posting and reading are not', async () => {
    const res = await moderator.client.post(
      `/api/v1/staff/users/${workerId}/restrictions`,
      restriction({ evidence: 'メッセージ内のLINE ID' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    restrictionId = res.json().id;
    const sent = await worker.client.post(`/api/v1/threads/${threadId}/messages`, { body: 'こんにちは', attachmentIds: [] });
    expect(sent.statusCode).toBe(403);
    expect(sent.json()).toMatchObject({
      code: 'account-restricted',
      restriction: { kind: 'messaging', link: '/mypage/restrictions' },
    });
    expect(sent.json().detail).toContain('異議');
    expect((await worker.client.get(`/api/v1/threads/${threadId}/messages`)).statusCode).toBe(200);
    expect((await worker.client.post('/api/v1/jobs', jobInput(t))).statusCode).toBe(201);
    const mine = (await worker.client.get('/api/v1/me/restrictions')).json().items;
    expect(mine[0]).toMatchObject({
      kind: 'messaging',
      article: 'art7',
      state: 'active',
      canAppeal: true,
      articleTitle: '第7条(直接取引の禁止)',
    });
    expect((await t.mailsTo(worker.user.email))[0]?.subject).toContain('メッセージの制限');
    // Another member sees nothing of it.
    expect((await stranger.client.get('/api/v1/me/restrictions')).json().items).toEqual([]);
  });

  it('appeals once, within the window; others cannot appeal it', async () => {
    const url = `/api/v1/me/restrictions/${restrictionId}/appeal`;
    expect((await stranger.client.post(url, { text: '異議' })).statusCode).toBe(404);
    expect((await worker.client.post(url, { text: '' })).statusCode).toBe(400);
    expect((await worker.client.post(url, { text: 'x'.repeat(2001) })).statusCode).toBe(400);
    expect((await worker.client.post(url, { text: 'IDは会社の公式アカウントで、誤解でした。' })).statusCode).toBe(200);
    expect((await worker.client.post(url, { text: 'もう一度' })).json().code).toBe('appeal-already-made');
  });

  it('is decided by a different staff member, never the one who restricted', async () => {
    const url = `/api/v1/staff/restrictions/${restrictionId}/appeal-decision`;
    expect((await moderator.client.post(url, { decision: 'lifted', note: '誤り' })).json().code).toBe('appeal-restricted-by-you');
    expect((await support.client.post(url, { decision: 'lifted', note: '誤り' })).statusCode).toBe(403);
    expect((await moderator2.client.post(url, { decision: 'maybe', note: '' })).statusCode).toBe(400);
    const upheld = await moderator2.client.post(url, { decision: 'upheld', note: '証拠が明確です。' });
    expect(upheld.statusCode, upheld.body).toBe(200);
    expect(upheld.json()).toMatchObject({
      state: 'active',
      appeal: { decision: 'upheld' },
      appealDecidedBy: moderator2.user.username,
    });
    expect((await admin.client.post(url, { decision: 'lifted', note: 'x' })).json().code).toBe('appeal-not-pending');
  });

  it('lifts with a reason; sending works again', async () => {
    const url = `/api/v1/staff/restrictions/${restrictionId}/lift`;
    expect((await admin.client.post(url, { reason: '' })).statusCode).toBe(400);
    expect((await admin.client.post(`/api/v1/staff/restrictions/${crypto.randomUUID()}/lift`, { reason: 'x' })).statusCode).toBe(
      404,
    );
    expect((await admin.client.post(url, { reason: '反省が見られるため解除します。' })).json().state).toBe('lifted');
    expect((await admin.client.post(url, { reason: 'again' })).json().code).toBe('restriction-not-active');
    expect(
      (await worker.client.post(`/api/v1/threads/${threadId}/messages`, { body: '再開します', attachmentIds: [] })).statusCode,
    ).toBe(201);
  });

  it('a timed restriction ends by itself and the member is told', async () => {
    const res = await moderator.client.post(
      `/api/v1/staff/users/${workerId}/restrictions`,
      restriction({ kind: 'posting', evidence: '再発' }),
    );
    expect((await worker.client.post('/api/v1/jobs', jobInput(t))).json().code).toBe('account-restricted');
    t.clock.advance(7 * 86_400_000 + 1000);
    await t.runTasks();
    expect((await worker.client.post('/api/v1/jobs', jobInput(t))).statusCode).toBe(201);
    const row = (await worker.client.get('/api/v1/me/restrictions'))
      .json()
      .items.find((r: { id: string }) => r.id === res.json().id);
    expect(row).toMatchObject({ state: 'ended', canAppeal: false });
    expect((await t.mailsTo(worker.user.email))[0]?.subject).toContain('期間が終了しました');
  });

  it('a suspended member still logs in, sees My page and can withdraw paths; buying is refused; nobody decides their own appeal', async () => {
    // A staff member restricted as a member: they cannot decide their own appeal.
    const staffId = await idOf(moderator2.user.username);
    const r = await admin.client.post(
      `/api/v1/staff/users/${staffId}/restrictions`,
      restriction({ kind: 'suspended', endsAt: null, evidence: '内部調査' }),
    );
    expect(r.statusCode, r.body).toBe(201);
    await moderator2.client.post(`/api/v1/me/restrictions/${r.json().id}/appeal`, { text: '異議があります' });
    expect(
      (
        await moderator2.client.post(`/api/v1/staff/restrictions/${r.json().id}/appeal-decision`, {
          decision: 'lifted',
          note: '自分で解除',
        })
      ).json().code,
    ).toBe('appeal-own-restriction');
    const relog = await t.client();
    // A suspended staff member still signs in (password and second factor).
    await logInWithCode(t, relog, moderator2.user.email, moderator2.user.password, moderator2.authenticator);
    expect((await relog.get('/api/v1/me/restrictions')).json().items[0]).toMatchObject({ kind: 'suspended', endsAt: null });
    expect((await relog.get('/api/v1/me/withdrawal/precheck')).statusCode).not.toBe(403);
    expect((await relog.post('/api/v1/jobs', jobInput(t))).json().code).toBe('account-restricted');
  });
});
