// A seller's withdrawal: published and paused services block it and are hidden in place
// from the pre-check; the withdrawal then hides the rest and empties the seller's words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { loggedInUser, serviceInput } from '../../../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('services and withdrawal', () => {
  it('names each public service as a blocker, hides it in place, then withdraws', async () => {
    const { user, client } = await loggedInUser(t);
    const published = (await client.post('/api/v1/services', serviceInput({ title: 'ロゴを作成します(公開)' }))).json();
    await client.post(`/api/v1/services/${published.id}/status`, { action: 'publish' });
    const paused = (await client.post('/api/v1/services', serviceInput({ title: '名刺をデザインします(受付停止)' }))).json();
    await client.post(`/api/v1/services/${paused.id}/status`, { action: 'publish' });
    await client.post(`/api/v1/services/${paused.id}/status`, { action: 'pause' });
    const draft = (await client.post('/api/v1/services', serviceInput({ title: 'バナーを作ります(下書き)' }))).json();

    const pre = (await client.get('/api/v1/me/withdrawal')).json();
    expect(pre.eligible).toBe(false);
    const blocker = pre.blockers.find((b: { code: string }) => b.code === 'published-services');
    expect(blocker).toMatchObject({
      role: 'worker',
      title: '公開中のサービスがあります',
      count: 2,
      clearsAt: null,
      resolve: { link: '/mypage/services' },
    });
    expect(blocker.items.map((i: { id: string }) => i.id).sort()).toEqual([published.id, paused.id].sort());
    expect(blocker.items[0]).toMatchObject({
      resolve: { method: 'POST', href: `/api/v1/services/${blocker.items[0].id}/hide`, label: '非公開にする' },
    });
    expect(blocker.items[0].resolve.confirm).toContain('購入できなくなり');

    // Another member cannot hide them.
    const stranger = await loggedInUser(t);
    expect((await stranger.client.post(blocker.items[0].resolve.href, {})).statusCode).toBe(403);

    for (const item of blocker.items) {
      const hidden = await client.post(item.resolve.href, {});
      expect(hidden.statusCode).toBe(200);
      expect(hidden.json().status).toBe('hidden');
    }
    const after = (await client.get('/api/v1/me/withdrawal')).json();
    expect(after.blockers.map((b: { code: string }) => b.code)).not.toContain('published-services');
    expect(after.eligible).toBe(true);

    const gone = await client.post('/api/v1/me/withdrawal', {
      reasons: ['other'],
      otherReason: '',
      password: user.password,
      eraseNow: true,
    });
    expect(gone.statusCode).toBe(200);
    const rows = await t.database.db
      .selectFrom('services')
      .select(['id', 'status', 'hidden_reason', 'title', 'description', 'faq', 'buyer_request', 'tags', 'search_tokens'])
      .where('id', 'in', [published.id, paused.id, draft.id])
      .execute();
    for (const r of rows) {
      expect(r).toMatchObject({ status: 'hidden', hidden_reason: 'withdrawal', description: '', faq: [], buyer_request: '' });
      expect(r.tags).toEqual([]);
      expect(r.search_tokens).toEqual([]);
    }
    // The titles stay for the orders and reviews that name them; nobody sees the services.
    expect(rows.map((r) => r.title).sort()).toEqual(
      ['ロゴを作成します(公開)', '名刺をデザインします(受付停止)', 'バナーを作ります(下書き)'].sort(),
    );
    const anon = await t.client();
    expect((await anon.get(`/api/v1/services/${published.id}`)).statusCode).toBe(404);
    expect((await anon.get(`/api/v1/users/${user.username}/services`)).statusCode).toBe(404);
  });

  it('a restored seller gets their words back; the services stay hidden until published again', async () => {
    const { user, client } = await loggedInUser(t);
    const input = serviceInput({
      title: '苔玉の写真を撮影します',
      description:
        '苔玉や盆栽を自然光で撮影し、ネットショップ用の写真に仕上げます。撮影後の色補正と、背景の切り抜きも含みます。季節の飾り付けのご相談も承ります。',
      tags: ['商品撮影', '盆栽'],
      buyerRequest: '撮影する点数と、使う場所を教えてください。',
    });
    const service = (await client.post('/api/v1/services', input)).json();
    const before = (await client.get(`/api/v1/services/${service.id}`)).json();
    const gone = await client.post('/api/v1/me/withdrawal', {
      reasons: ['other'],
      otherReason: '',
      password: user.password,
      eraseNow: false,
    });
    expect(gone.statusCode).toBe(200);
    const emptied = await t.database.db
      .selectFrom('services')
      .select(['description', 'tags'])
      .where('id', '=', service.id)
      .executeTakeFirstOrThrow();
    expect(emptied).toEqual({ description: '', tags: [] });

    const link = await t.linkFromMail(user.email, '/restore-account');
    const anon = await t.client();
    expect((await anon.post('/api/v1/account/restore', { token: link.searchParams.get('token') })).statusCode).toBe(200);
    const back = await anon.post('/api/v1/auth/login', { email: user.email, password: user.password });
    expect(back.statusCode).toBe(200);
    const mine = (await anon.get(`/api/v1/services/${service.id}`)).json();
    expect(mine).toMatchObject({
      status: 'hidden',
      description: before.description,
      tags: before.tags,
      faq: before.faq,
      buyerRequest: before.buyerRequest,
    });
    // Published again, it is found by its own words.
    const published = await anon.post(`/api/v1/services/${service.id}/status`, { action: 'publish' });
    expect(published.json()).toMatchObject({ status: 'published' });
    const found = (await anon.get(`/api/v1/services?q=${encodeURIComponent('自然光')}`)).json();
    expect(found.items.map((s: { id: string }) => s.id)).toContain(service.id);
  });
});
