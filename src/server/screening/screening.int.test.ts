// Screening through HTTP: every write members make is screened (caught → 422 with the
// findings and field pointers; clean → as before); a caught write sent with the
// Screening-Review header is held (202) and shown only to its author; moderators list,
// open, approve (made once, even with two approvals at once on PostgreSQL) or reject it
// (the author is told); members cannot reach the staff routes; an approved サービス外連絡申請
// lets a phone number through in that contract's thread only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../test/app';
import { hiredContract, type Party, staffMember } from '../../../test/contracts';
import { jobInput, loggedInUser, serviceInput } from '../../../test/factories';
import { createService } from '../../../test/orders';
import { postgresOnly, RACE_TIMEOUT } from '../../../test/races';

let t: TestApp;
let moderator: Party;
beforeAll(async () => {
  t = await startTestApp();
  moderator = await staffMember(t, 'moderator');
});
afterAll(async () => {
  await t?.close();
});

const db = () => t.database.db;
const PHONE = '急ぎのときは 090-1234-5678 に電話ください';
const DISGUISED = 'ゼロキュウゼロ の 1234-5678 にかけてください';
const review = (reason = '現地での作業日程の調整に必要なため') => ({ 'screening-review': encodeURIComponent(reason) });

async function threadOf(contractId: string): Promise<string> {
  const row = await db()
    .selectFrom('threads')
    .select('id')
    .where('subject_type', '=', 'contract')
    .where('subject_id', '=', contractId)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function messages(client: TestClient, threadId: string): Promise<string[]> {
  const res = await client.get(`/api/v1/threads/${threadId}/messages`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { body: string }[]).map((m) => m.body);
}

async function contractThread() {
  const c = await hiredContract(t);
  return { ...c, threadId: await threadOf(c.contractId) };
}

function expectCaught(res: { statusCode: number; body: string; json: () => unknown }, pointer: string) {
  expect(res.statusCode, res.body).toBe(422);
  const problem = res.json() as {
    code: string;
    findings: { field: string; excerpt: string; article: string }[];
    errors: { pointer: string; code: string }[];
  };
  expect(problem.code).toBe('contact-details-detected');
  expect(problem.findings.map((f) => f.field)).toContain(pointer);
  expect(problem.findings[0]?.article).toContain('第7条');
  expect(problem.errors).toContainEqual(expect.objectContaining({ pointer, code: 'contact-details' }));
  return problem;
}

describe('screening of messages', () => {
  it('refuses a phone number (also disguised) with the finding and passes a legitimate message', async () => {
    const c = await contractThread();
    const url = `/api/v1/threads/${c.threadId}/messages`;
    const caught = expectCaught(await c.worker.client.post(url, { body: PHONE, attachmentIds: [] }), '/body');
    expect(caught.findings[0]?.excerpt).toBe('090-1234-5678');
    const disguised = expectCaught(await c.worker.client.post(url, { body: DISGUISED, attachmentIds: [] }), '/body');
    expect(disguised.findings[0]?.excerpt).toContain('1234-5678');
    const ok = await c.worker.client.post(url, {
      body: '納品は12月18日 17:00 までに、こちらのメッセージでお送りします。',
      attachmentIds: [],
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(await messages(c.client.client, c.threadId)).toEqual([
      '納品は12月18日 17:00 までに、こちらのメッセージでお送りします。',
    ]);
  });

  it('holds a caught message sent for review, shows it to its author only, and staff approve it once', async () => {
    const c = await contractThread();
    const url = `/api/v1/threads/${c.threadId}/messages`;
    const held = await c.worker.client.post(url, { body: PHONE, attachmentIds: [] }, review());
    expect(held.statusCode, held.body).toBe(202);
    const item = held.json().heldItem;
    expect(item).toMatchObject({
      kind: 'message',
      status: 'pending',
      what: 'メッセージ',
      reason: '現地での作業日程の調整に必要なため',
    });
    expect(item.texts['/body']).toBe(PHONE);
    expect(await messages(c.client.client, c.threadId)).toEqual([]);

    const mine = await c.worker.client.get(`/api/v1/me/held-items?targetType=thread&targetId=${c.threadId}`);
    expect(mine.json().items.map((i: { id: string }) => i.id)).toEqual([item.id]);
    const theirs = await c.client.client.get(`/api/v1/me/held-items?targetType=thread&targetId=${c.threadId}`);
    expect(theirs.json().items).toEqual([]);
    // Members and other staff roles cannot reach the queue; anonymous callers are asked to log in.
    expect((await c.client.client.get('/api/v1/staff/held-items')).statusCode).toBe(403);
    expect((await c.worker.client.post(`/api/v1/staff/held-items/${item.id}/approve`, {})).statusCode).toBe(403);
    const finance = await staffMember(t, 'finance');
    expect((await finance.client.get(`/api/v1/staff/held-items/${item.id}`)).statusCode).toBe(403);
    expect((await (await t.client()).get('/api/v1/staff/held-items')).statusCode).toBe(401);

    const queue = await moderator.client.get('/api/v1/staff/held-items');
    expect(queue.statusCode, queue.body).toBe(200);
    const ids = queue.json().items.map((i: { id: string }) => i.id);
    expect(ids).toContain(item.id);
    const detail = await moderator.client.get(`/api/v1/staff/held-items/${item.id}`);
    expect(detail.json()).toMatchObject({
      item: { id: item.id, author: { username: c.worker.user.username } },
      authorHistory: { pending: 1 },
    });
    expect(detail.json().item.findings[0]).toMatchObject({ field: '/body', excerpt: '090-1234-5678', ruleId: 'phone.number' });

    const approved = await moderator.client.post(`/api/v1/staff/held-items/${item.id}/approve`, { note: '現地作業のため許可' });
    expect(approved.json()).toEqual({ status: 'approved' });
    const again = await moderator.client.post(`/api/v1/staff/held-items/${item.id}/approve`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('held-item-decided');
    expect(await messages(c.client.client, c.threadId)).toEqual([PHONE]);
    const audit = await db().selectFrom('audit_events').select('action').where('subject_id', '=', item.id).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['held-item.approve', 'held-item.create']);
  });

  it('refuses a review without a readable reason, and a held item for a thread the sender is not in', async () => {
    const c = await contractThread();
    const stranger = await loggedInUser(t);
    const url = `/api/v1/threads/${c.threadId}/messages`;
    const empty = await c.worker.client.post(url, { body: PHONE, attachmentIds: [] }, { 'screening-review': '' });
    expect(empty.json().code).toBe('screening-review-invalid');
    const notMine = await stranger.client.post(url, { body: PHONE, attachmentIds: [] }, review());
    expect(notMine.statusCode).toBe(404);
    const bad = await c.worker.client.post('/api/v1/threads/not-a-uuid/messages', { body: PHONE, attachmentIds: [] }, review());
    expect(bad.statusCode).toBe(404);
  });

  it('rejects with a note the author is told in-app and by mail, and the message is never delivered', async () => {
    const c = await contractThread();
    const held = await c.worker.client.post(
      `/api/v1/threads/${c.threadId}/messages`,
      { body: PHONE, attachmentIds: [] },
      review('急ぎのため'),
    );
    const id = held.json().heldItem.id;
    const noNote = await moderator.client.post(`/api/v1/staff/held-items/${id}/reject`, { note: '' });
    expect(noNote.statusCode).toBe(400);
    const rejected = await moderator.client.post(`/api/v1/staff/held-items/${id}/reject`, {
      note: '電話番号の交換は認められません。',
    });
    expect(rejected.json()).toEqual({ status: 'rejected' });
    expect(await messages(c.client.client, c.threadId)).toEqual([]);
    const notices = (await c.worker.client.get('/api/v1/me/notifications')).json().items as { kind: string; body: string }[];
    const notice = notices.find((n) => n.kind === 'screening.rejected');
    expect(notice?.body).toContain('電話番号の交換は認められません。');
    const mine = (await c.worker.client.get('/api/v1/me/held-items')).json().items;
    expect(mine[0]).toMatchObject({ id, status: 'rejected', decisionNote: '電話番号の交換は認められません。' });
  });
});

describe('screening of the other writes', () => {
  it('refuses contact details in proposals, offers, jobs, services, quote requests, quotes, profiles and file names', async () => {
    const client = await loggedInUser(t);
    const worker = await loggedInUser(t);
    const job = (await client.client.post('/api/v1/jobs', jobInput(t))).json();
    expectCaught(
      await client.client.post('/api/v1/jobs', jobInput(t, { description: `ブログ記事の作成をお願いします。詳細は ${PHONE}` })),
      '/description',
    );
    expectCaught(await client.client.patch(`/api/v1/jobs/${job.id}`, jobInput(t, { title: 'LINE: taro_0808 まで' })), '/title');
    expectCaught(
      await worker.client.post(`/api/v1/jobs/${job.id}/applications`, {
        proposal: 'よろしくお願いします。メールは taro.yamada@gmail.com です',
        quotedAmount: 10_000,
        deliveryDays: 7,
        attachmentIds: [],
      }),
      '/proposal',
    );
    expectCaught(
      await client.client.post(`/api/v1/jobs/${job.id}/offers`, {
        username: worker.user.username,
        message: '手数料がもったいないので直接取引しませんか',
      }),
      '/message',
    );
    expectCaught(
      await worker.client.post('/api/v1/services', serviceInput({ buyerRequest: 'インスタ: hana_photo からご連絡ください' })),
      '/buyerRequest',
    );
    const profile = {
      bio: PHONE,
      skills: [],
      occupation: null,
      hoursPerWeek: null,
      homeOnly: false,
      timesOfDay: [],
      prefecture: null,
      portfolioLinks: ['https://my-portfolio.example.net'],
    };
    expectCaught(await worker.client.put('/api/v1/me/profile', profile), '/bio');
    const clean = await worker.client.put('/api/v1/me/profile', {
      ...profile,
      bio: 'ロゴ制作が得意です。Illustrator 2025 を使っています。',
    });
    expect(clean.statusCode, clean.body).toBe(200);

    const sellerId = (
      await db().selectFrom('users').select('id').where('username', '=', worker.user.username).executeTakeFirstOrThrow()
    ).id;
    const service = await createService(db(), sellerId);
    expectCaught(
      await client.client.post(`/api/v1/services/${service.id}/inquiries`, { message: 'PayPayで直接お支払いします' }),
      '/message',
    );
    const inquiry = (
      await client.client.post(`/api/v1/services/${service.id}/inquiries`, { message: 'ロゴ3案で2万円ほどでお願いできますか?' })
    ).json();
    expectCaught(
      await worker.client.post(`/api/v1/inquiries/${inquiry.id}/quotes`, {
        price: 20_000,
        deliveryDays: 7,
        revisions: 2,
        includes: 'ロゴ3案。納品後は 080-9876-5432 までご連絡を',
        validUntil: t.clock().toISOString().slice(0, 10),
      }),
      '/includes',
    );

    const upload = await worker.client.request({
      method: 'POST',
      url: '/api/v1/attachments',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      body: '--x\r\nContent-Disposition: form-data; name="file"; filename="見積_090-1234-5678.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--x--\r\n',
    });
    expectCaught(upload, '/file/filename');
  });

  it('marks an approved write failed, and tells its author why, when it is no longer possible', async () => {
    const client = await loggedInUser(t);
    const worker = await loggedInUser(t);
    const job = (await client.client.post('/api/v1/jobs', jobInput(t))).json();
    const apply = (proposal: string, headers?: Record<string, string>) =>
      worker.client.post(
        `/api/v1/jobs/${job.id}/applications`,
        { proposal, quotedAmount: 10_000, deliveryDays: 7, attachmentIds: [] },
        headers,
      );
    const held = await apply('お見積りの詳細は yamada@example-design.jp にお送りします', review('会社の窓口のため'));
    expect(held.statusCode, held.body).toBe(202);
    expect((await apply('よろしくお願いします。')).statusCode).toBe(201);
    const decided = await moderator.client.post(`/api/v1/staff/held-items/${held.json().heldItem.id}/approve`, {});
    expect(decided.json()).toEqual({ status: 'failed' });
    const item = (await worker.client.get('/api/v1/me/held-items')).json().items[0];
    expect(item.status).toBe('failed');
    expect(item.failureCode).toBeTruthy();
    const notices = (await worker.client.get('/api/v1/me/notifications')).json().items as { kind: string }[];
    expect(notices.map((n) => n.kind)).toContain('screening.failed');
  });
});

describe('サービス外連絡申請', () => {
  it('once approved, lets a phone number through in that contract’s thread only', async () => {
    const c = await contractThread();
    const other = await hiredContract(t, { client: c.client, worker: c.worker });
    const otherThread = await threadOf(other.contractId);
    const stranger = await loggedInUser(t);
    const support = await staffMember(t, 'support');
    const url = `/api/v1/contracts/${c.contractId}/contact-requests`;

    expect((await stranger.client.post(url, { reasonKind: 'on-site', reason: '現地作業' })).statusCode).toBe(404);
    expect((await c.worker.client.post(url, { reasonKind: 'nope', reason: 'x' })).statusCode).toBe(400);
    expect((await c.worker.client.post(url, { reasonKind: 'on-site', reason: '店舗での撮影日の調整' })).statusCode).toBe(201);
    const twice = await c.client.client.post(url, { reasonKind: 'call', reason: '電話で打ち合わせ' });
    expect(twice.json().code).toBe('contact-request-open');
    expect((await c.worker.client.get('/api/v1/staff/contact-requests')).statusCode).toBe(403);

    const pending = (await support.client.get('/api/v1/staff/contact-requests')).json().items as {
      id: string;
      contractId: string;
    }[];
    const request = pending.find((r) => r.contractId === c.contractId);
    expect(request).toBeDefined();
    expectCaught(
      await c.worker.client.post(`/api/v1/threads/${c.threadId}/messages`, { body: PHONE, attachmentIds: [] }),
      '/body',
    );
    const approved = await support.client.post(`/api/v1/staff/contact-requests/${request?.id}/approve`, {
      note: '現地作業のため',
    });
    expect(approved.statusCode, approved.body).toBe(200);

    const sent = await c.worker.client.post(`/api/v1/threads/${c.threadId}/messages`, { body: PHONE, attachmentIds: [] });
    expect(sent.statusCode, sent.body).toBe(201);
    // Payment outside stays forbidden, and the other contract's thread still screens.
    expectCaught(
      await c.worker.client.post(`/api/v1/threads/${c.threadId}/messages`, {
        body: '報酬は銀行口座に直接振り込んでください',
        attachmentIds: [],
      }),
      '/body',
    );
    expectCaught(
      await c.worker.client.post(`/api/v1/threads/${otherThread}/messages`, { body: PHONE, attachmentIds: [] }),
      '/body',
    );
    const seen = (await c.client.client.get(url)).json();
    expect(seen).toMatchObject({
      allowed: true,
      items: [{ status: 'approved', reasonKind: 'on-site', decisionNote: '現地作業のため' }],
    });
    expect((await c.worker.client.post(url, { reasonKind: 'call', reason: 'もう一度' })).json().code).toBe(
      'contact-already-allowed',
    );
  });
});

describe.runIf(postgresOnly('two approvals of one held item at once'))('races', () => {
  it('makes a held message once when two moderators approve it at the same time', RACE_TIMEOUT, async () => {
    const second = await staffMember(t, 'moderator');
    for (let round = 0; round < 5; round++) {
      const c = await contractThread();
      const held = await c.worker.client.post(
        `/api/v1/threads/${c.threadId}/messages`,
        { body: PHONE, attachmentIds: [] },
        review(),
      );
      const id = held.json().heldItem.id;
      const results = await Promise.all([
        moderator.client.post(`/api/v1/staff/held-items/${id}/approve`, {}),
        second.client.post(`/api/v1/staff/held-items/${id}/approve`, {}),
      ]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      expect(await messages(c.client.client, c.threadId)).toEqual([PHONE]);
    }
  });
});
