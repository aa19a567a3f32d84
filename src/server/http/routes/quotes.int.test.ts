// Quotes through HTTP: a buyer asks about a service (its thread for both), the seller
// quotes with the net amount shown, the buyer buys the quote into an order on its terms,
// the seller withdraws one, one expires exactly at its end; every refusal with bad input
// and other members' ids; the seller's withdrawal blocker resolved in place. After every
// test the ledger is whole.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/app';
import { expectLedgerWhole, type Party } from '../../../../test/contracts';
import { loggedInUser } from '../../../../test/factories';
import { buy, createService, type TestService } from '../../../../test/orders';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});
afterEach(async () => {
  await expectLedgerWhole(t.database.db);
  // Each test starts on the same day (2026-04-01 09:00 in Japan).
  t.clock.set('2026-04-01T00:00:00Z');
});

const db = () => t.database.db;
const idOf = async (username: string) =>
  (await db().selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
const NO_SUCH = '00000000-0000-4000-8000-000000000000';

async function market(spec: Parameters<typeof createService>[2] = {}) {
  const seller: Party = await loggedInUser(t);
  const buyer: Party = await loggedInUser(t);
  const service = await createService(db(), await idOf(seller.user.username), spec);
  return { seller, buyer, service };
}

async function ask(buyer: TestClient, service: TestService, message = 'ロゴを3案つくっていただけますか?予算は2万円です。') {
  const res = await buyer.post(`/api/v1/services/${service.id}/inquiries`, { message });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; threadId: string };
}

const quoteInput = (overrides: Record<string, unknown> = {}) => ({
  price: 20_000,
  deliveryDays: 7,
  revisions: 2,
  includes: 'ロゴ3案、修正2回、AI・PNG形式での納品',
  validUntil: '2026-04-08',
  ...overrides,
});

async function quoted(spec: Parameters<typeof createService>[2] = {}, overrides: Record<string, unknown> = {}) {
  const m = await market(spec);
  const inquiry = await ask(m.buyer.client, m.service);
  const res = await m.seller.client.post(`/api/v1/inquiries/${inquiry.id}/quotes`, quoteInput(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return { ...m, inquiry, quoteId: res.json().quotes[0].id as string };
}

async function buyQuote(client: TestClient, quoteId: string, method = 'dev_card') {
  const preview = await client.post(`/api/v1/quotes/${quoteId}/order-preview`, {});
  if (preview.statusCode !== 200) return preview;
  return client.post(`/api/v1/quotes/${quoteId}/orders`, { method, expectedTotal: preview.json().total });
}

async function noticesOf(username: string, kind: string) {
  return db()
    .selectFrom('notifications')
    .select(['title', 'link'])
    .where('user_id', '=', await idOf(username))
    .where('kind', '=', kind)
    .execute();
}

const problem = (res: { statusCode: number; json(): { code: string } }) => ({ status: res.statusCode, code: res.json().code });

describe('asking about a service (見積り相談)', () => {
  it('starts a thread both parties see, tells the seller, and asking again writes in the same thread', async () => {
    const { seller, buyer, service } = await market();
    const inquiry = await ask(buyer.client, service);
    expect(await noticesOf(seller.user.username, 'quote.requested')).toMatchObject([
      { title: '「ロゴデザインを作成します」に見積り・カスタマイズの相談が届きました', link: `/inquiries/${inquiry.id}` },
    ]);
    for (const party of [buyer, seller]) {
      const threads = (await party.client.get('/api/v1/me/threads')).json().items;
      expect(threads).toContainEqual(
        expect.objectContaining({
          id: inquiry.threadId,
          subjectType: 'inquiry',
          title: 'ロゴデザインを作成します',
          link: `/inquiries/${inquiry.id}`,
        }),
      );
      const view = await party.client.get(`/api/v1/inquiries/${inquiry.id}`);
      expect(view.statusCode).toBe(200);
      expect(view.json()).toMatchObject({
        id: inquiry.id,
        threadId: inquiry.threadId,
        role: party === buyer ? 'buyer' : 'seller',
        service: { id: service.id, status: 'published' },
        quotes: [],
        canQuote: party === seller,
        validUntil: { min: '2026-04-01', default: '2026-04-08', max: '2026-05-01' },
      });
    }
    const again = await ask(buyer.client, service, 'もう一点、納期は急ぎです。');
    expect(again).toEqual(inquiry);
    const messages = (await seller.client.get(`/api/v1/threads/${inquiry.threadId}/messages`)).json().items;
    expect(messages.map((m: { body: string }) => m.body)).toEqual([
      'ロゴを3案つくっていただけますか?予算は2万円です。',
      'もう一点、納期は急ぎです。',
    ]);
    const stranger = await loggedInUser(t);
    expect((await stranger.client.get(`/api/v1/inquiries/${inquiry.id}`)).statusCode).toBe(404);
    expect((await stranger.client.get(`/api/v1/threads/${inquiry.threadId}/messages`)).statusCode).toBe(404);
    expect((await buyer.client.get(`/api/v1/inquiries/${NO_SUCH}`)).statusCode).toBe(404);
    expect((await buyer.client.get('/api/v1/inquiries/nope')).statusCode).toBe(404);
  });

  it('refuses one’s own service, a service not published, a leaving seller, and bad input', async () => {
    const { seller, buyer, service } = await market();
    const post = (c: TestClient, id: string, body: Record<string, unknown>) => c.post(`/api/v1/services/${id}/inquiries`, body);
    expect(problem(await post(seller.client, service.id, { message: '自分です' }))).toEqual({
      status: 409,
      code: 'inquiry-own-service',
    });
    const sellerId = await idOf(seller.user.username);
    for (const status of ['paused', 'hidden'] as const) {
      const s = await createService(db(), sellerId, { status });
      expect(problem(await post(buyer.client, s.id, { message: '相談です' }))).toEqual({
        status: 409,
        code: 'service-not-on-sale',
      });
    }
    const draft = await createService(db(), sellerId, { status: 'draft' });
    expect((await post(buyer.client, draft.id, { message: '相談です' })).statusCode).toBe(404);
    expect((await post(buyer.client, NO_SUCH, { message: '相談です' })).statusCode).toBe(404);
    for (const [body, code] of [
      [{ message: '   ' }, 'required'],
      [{}, 'required'],
      [{ message: 'あ'.repeat(4001) }, 'too-long'],
      [{ message: '相談', price: 1 }, 'unknown-field'],
    ] as const) {
      const res = await post(buyer.client, service.id, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().errors[0].code).toBe(code);
    }
    expect((await post(await t.client(), service.id, { message: '相談です' })).statusCode).toBe(401);
    await db().updateTable('users').set({ status: 'withdrawing' }).where('id', '=', sellerId).execute();
    expect(problem(await post(buyer.client, service.id, { message: '相談です' }))).toEqual({
      status: 409,
      code: 'seller-unavailable',
    });
    expect(await db().selectFrom('service_inquiries').select('id').where('service_id', '=', service.id).execute()).toEqual([]);
  });
});

describe('sending a quote (見積り)', () => {
  it('shows the seller the net amount, tells the buyer, and offers buy to the buyer and withdraw to the seller', async () => {
    const { seller, buyer, inquiry, quoteId } = await quoted();
    const sellers = (await seller.client.get(`/api/v1/inquiries/${inquiry.id}`)).json();
    // ¥20,000: the seller keeps 78% (fee 20% + its tax).
    expect(sellers.quotes).toMatchObject([
      {
        id: quoteId,
        status: 'open',
        price: 20_000,
        deliveryDays: 7,
        revisions: 2,
        validUntil: '2026-04-08',
        sellerNet: 15_600,
        actions: ['withdraw'],
      },
    ]);
    expect(sellers.quotes[0].expiresAt).toBe('2026-04-08T15:00:00.000Z');
    const buyers = (await buyer.client.get(`/api/v1/inquiries/${inquiry.id}`)).json();
    expect(buyers.quotes).toMatchObject([{ id: quoteId, sellerNet: null, actions: ['buy'], contractId: null }]);
    expect(await noticesOf(buyer.user.username, 'quote.sent')).toMatchObject([
      { title: '「ロゴデザインを作成します」の見積りが届きました', link: `/inquiries/${inquiry.id}` },
    ]);
  });

  it('refuses bad prices, days and dates, the buyer, strangers, and a service no longer published', async () => {
    const { seller, buyer, service } = await market();
    const inquiry = await ask(buyer.client, service);
    const url = `/api/v1/inquiries/${inquiry.id}/quotes`;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ price: 0 }, '/price', 'too-small'],
      [{ price: -1000 }, '/price', 'too-small'],
      [{ price: 499 }, '/price', 'too-small'],
      [{ price: 1_000_001 }, '/price', 'too-big'],
      [{ price: 1000.5 }, '/price', 'not-integer'],
      [{ price: '1000' }, '/price', 'invalid-type'],
      [{ deliveryDays: 0 }, '/deliveryDays', 'too-small'],
      [{ deliveryDays: 91 }, '/deliveryDays', 'too-big'],
      [{ revisions: -1 }, '/revisions', 'too-small'],
      [{ includes: '' }, '/includes', 'required'],
      [{ validUntil: '2026-02-30' }, '/validUntil', 'date-invalid'],
      [{ validUntil: '2026-03-31' }, '/validUntil', 'valid-until-past'],
      [{ validUntil: '2026-05-02' }, '/validUntil', 'valid-until-too-far'],
      [{ options: [] }, '/options', 'unknown-field'],
    ];
    for (const [body, pointer, code] of cases) {
      const res = await seller.client.post(url, quoteInput(body));
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().errors, JSON.stringify(body)).toContainEqual(expect.objectContaining({ pointer, code }));
    }
    // Today and 30 days ahead are both fine.
    expect((await seller.client.post(url, quoteInput({ validUntil: '2026-04-01' }))).statusCode).toBe(201);
    expect((await seller.client.post(url, quoteInput({ validUntil: '2026-05-01' }))).statusCode).toBe(201);
    expect(problem(await buyer.client.post(url, quoteInput()))).toEqual({ status: 403, code: 'forbidden' });
    const stranger = await loggedInUser(t);
    expect((await stranger.client.post(url, quoteInput())).statusCode).toBe(404);
    expect((await seller.client.post(`/api/v1/inquiries/${NO_SUCH}/quotes`, quoteInput())).statusCode).toBe(404);
    await db().updateTable('services').set({ status: 'paused' }).where('id', '=', service.id).execute();
    expect(problem(await seller.client.post(url, quoteInput()))).toEqual({ status: 409, code: 'service-not-on-sale' });
    expect((await seller.client.get(`/api/v1/inquiries/${inquiry.id}`)).json().canQuote).toBe(false);
  });
});

describe('buying a quote', () => {
  it('previews every yen, then makes an order on the quote’s terms that runs the contract flow', async () => {
    const { seller, buyer, inquiry, quoteId, service } = await quoted({ acceptanceDays: 4 });
    const preview = await buyer.client.post(`/api/v1/quotes/${quoteId}/order-preview`, {});
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      service: { id: service.id },
      package: { id: quoteId, name: '見積り', price: 20_000, deliveryDays: 7, revisions: 2 },
      options: [],
      price: 20_000,
      tax: 1_818,
      buyerFee: 1_000,
      buyerFeeTax: 100,
      total: 21_100,
      deliveryDate: '2026-04-08',
      acceptanceDays: 4,
      quote: { id: quoteId, inquiryId: inquiry.id, validUntil: '2026-04-08' },
    });
    expect(
      problem(await buyer.client.post(`/api/v1/quotes/${quoteId}/orders`, { method: 'dev_card', expectedTotal: 21_000 })),
    ).toEqual({
      status: 409,
      code: 'service-price-changed',
    });
    const res = await buyQuote(buyer.client, quoteId);
    expect(res.statusCode, res.body).toBe(201);
    const order = res.json();
    expect(order).toMatchObject({
      quoteId,
      status: 'in_progress',
      package: { id: quoteId, name: '見積り', price: 20_000, includes: 'ロゴ3案、修正2回、AI・PNG形式での納品' },
      price: 20_000,
      money: { escrow: 21_100, workerNet: 15_600 },
    });
    const contract = (await seller.client.get(`/api/v1/contracts/${order.contractId}`)).json();
    expect(contract).toMatchObject({
      order: { id: order.id, quoteId, package: { name: '見積り' } },
      milestones: [{ title: '見積り', status: 'funded', actions: ['deliver'] }],
    });
    const view = (await buyer.client.get(`/api/v1/inquiries/${inquiry.id}`)).json();
    expect(view.quotes).toMatchObject([{ id: quoteId, status: 'bought', contractId: order.contractId, actions: [] }]);
    expect(
      problem(await buyer.client.post(`/api/v1/quotes/${quoteId}/orders`, { method: 'dev_card', expectedTotal: 21_100 })),
    ).toEqual({
      status: 409,
      code: 'quote-bought',
    });
    expect(problem(await seller.client.post(`/api/v1/quotes/${quoteId}/withdraw`, {}))).toEqual({
      status: 409,
      code: 'quote-bought',
    });
    expect(await noticesOf(seller.user.username, 'order.placed')).toHaveLength(1);
  });

  it('refuses the seller, strangers, bad input, and a full service', async () => {
    const { seller, buyer, quoteId, service } = await quoted({ capacity: 1 });
    expect(problem(await seller.client.post(`/api/v1/quotes/${quoteId}/order-preview`, {}))).toEqual({
      status: 403,
      code: 'forbidden',
    });
    expect(problem(await buyQuote(seller.client, quoteId))).toEqual({ status: 403, code: 'forbidden' });
    const stranger = await loggedInUser(t);
    expect((await stranger.client.post(`/api/v1/quotes/${quoteId}/order-preview`, {})).statusCode).toBe(404);
    expect(
      (await stranger.client.post(`/api/v1/quotes/${quoteId}/orders`, { method: 'dev_card', expectedTotal: 21_100 })).statusCode,
    ).toBe(404);
    expect((await buyer.client.post(`/api/v1/quotes/${NO_SUCH}/order-preview`, {})).statusCode).toBe(404);
    for (const [body, pointer, code] of [
      [{ method: 'cash', expectedTotal: 21_100 }, '/method', 'invalid-choice'],
      [{ method: 'dev_card', expectedTotal: 0 }, '/expectedTotal', 'too-small'],
      [{ method: 'dev_card' }, '/expectedTotal', 'required'],
    ] as const) {
      const res = await buyer.client.post(`/api/v1/quotes/${quoteId}/orders`, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toContainEqual(expect.objectContaining({ pointer, code }));
    }
    // The one slot taken by another buyer's order: the quote waits for a free slot.
    const other = await loggedInUser(t);
    expect((await buy(other.client, service)).statusCode).toBe(201);
    expect(problem(await buyQuote(buyer.client, quoteId))).toEqual({ status: 409, code: 'service-capacity-full' });
  });

  it('a withdrawn quote cannot be bought; only its seller withdraws it, once', async () => {
    const { seller, buyer, inquiry, quoteId } = await quoted();
    expect(problem(await buyer.client.post(`/api/v1/quotes/${quoteId}/withdraw`, {}))).toEqual({
      status: 403,
      code: 'forbidden',
    });
    const stranger = await loggedInUser(t);
    expect((await stranger.client.post(`/api/v1/quotes/${quoteId}/withdraw`, {})).statusCode).toBe(404);
    expect((await seller.client.post(`/api/v1/quotes/${NO_SUCH}/withdraw`, {})).statusCode).toBe(404);
    expect((await seller.client.post(`/api/v1/quotes/${quoteId}/withdraw`, {})).statusCode).toBe(200);
    expect(problem(await seller.client.post(`/api/v1/quotes/${quoteId}/withdraw`, {}))).toEqual({
      status: 409,
      code: 'quote-withdrawn',
    });
    expect(problem(await buyQuote(buyer.client, quoteId))).toEqual({ status: 409, code: 'quote-withdrawn' });
    expect(
      problem(await buyer.client.post(`/api/v1/quotes/${quoteId}/orders`, { method: 'dev_card', expectedTotal: 21_100 })),
    ).toEqual({
      status: 409,
      code: 'quote-withdrawn',
    });
    expect((await buyer.client.get(`/api/v1/inquiries/${inquiry.id}`)).json().quotes[0]).toMatchObject({
      status: 'withdrawn',
      actions: [],
    });
    expect(await noticesOf(buyer.user.username, 'quote.withdrawn')).toHaveLength(1);
  });

  it('expires at the end of its valid-until day, exactly, even before the timer runs', async () => {
    const { seller, buyer, inquiry, quoteId } = await quoted({}, { validUntil: '2026-04-02' });
    t.clock.set('2026-04-02T14:59:00Z');
    expect((await buyer.client.post(`/api/v1/quotes/${quoteId}/order-preview`, {})).statusCode).toBe(200);
    t.clock.set('2026-04-02T15:00:00Z');
    expect(problem(await buyer.client.post(`/api/v1/quotes/${quoteId}/order-preview`, {}))).toEqual({
      status: 409,
      code: 'quote-expired',
    });
    expect(
      problem(await buyer.client.post(`/api/v1/quotes/${quoteId}/orders`, { method: 'dev_card', expectedTotal: 21_100 })),
    ).toEqual({
      status: 409,
      code: 'quote-expired',
    });
    expect(problem(await seller.client.post(`/api/v1/quotes/${quoteId}/withdraw`, {}))).toEqual({
      status: 409,
      code: 'quote-expired',
    });
    expect((await buyer.client.get(`/api/v1/inquiries/${inquiry.id}`)).json().quotes[0]).toMatchObject({
      status: 'expired',
      actions: [],
    });
    await t.runTasks();
    const row = await db()
      .selectFrom('service_quotes')
      .select(['status', 'ended_at'])
      .where('id', '=', quoteId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'expired', ended_at: new Date('2026-04-02T15:00:00Z') });
    expect(await noticesOf(buyer.user.username, 'quote.expired')).toHaveLength(1);
    expect(await noticesOf(seller.user.username, 'quote.expired')).toHaveLength(1);
  });
});

describe('quotes and withdrawal', () => {
  it('an open quote blocks the seller until withdrawn in place; an unanswered inquiry does not; the seller’s words go', async () => {
    const { seller, buyer, service, quoteId } = await quoted({}, { validUntil: '2026-04-10' });
    // Only the quote is open: the service is hidden, and another inquiry is left unanswered.
    const other = await loggedInUser(t);
    await ask(other.client, service);
    await db().updateTable('services').set({ status: 'hidden', hidden_reason: 'seller' }).where('id', '=', service.id).execute();
    const pre = (await seller.client.get('/api/v1/me/withdrawal')).json();
    expect(pre.blockers.map((b: { code: string }) => b.code)).toEqual(['open-quotes']);
    const blocker = pre.blockers[0];
    expect(blocker).toMatchObject({ role: 'worker', title: '回答待ちの見積りがあります', count: 1 });
    expect(blocker.items[0]).toMatchObject({
      id: quoteId,
      clearsAt: '2026-04-10T15:00:00.000Z',
      resolve: { method: 'POST', href: `/api/v1/quotes/${quoteId}/withdraw`, label: '見積りを取り下げる' },
    });
    // The buyer's own pre-check is not blocked by a quote sent to them.
    expect((await buyer.client.get('/api/v1/me/withdrawal')).json().blockers).toEqual([]);
    expect((await seller.client.post(blocker.items[0].resolve.href, {})).statusCode).toBe(200);
    const after = (await seller.client.get('/api/v1/me/withdrawal')).json();
    expect(after.eligible).toBe(true);
    const gone = await seller.client.post('/api/v1/me/withdrawal', {
      reasons: ['other'],
      otherReason: '',
      password: seller.user.password,
      eraseNow: true,
    });
    expect(gone.statusCode, gone.body).toBe(200);
    const row = await db()
      .selectFrom('service_quotes')
      .select(['status', 'includes'])
      .where('id', '=', quoteId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'withdrawn', includes: '' });
  });

  it('a buyer who leaves ends the quotes still open to them', async () => {
    const { buyer, quoteId } = await quoted();
    const gone = await buyer.client.post('/api/v1/me/withdrawal', {
      reasons: ['other'],
      otherReason: '',
      password: buyer.user.password,
      eraseNow: true,
    });
    expect(gone.statusCode, gone.body).toBe(200);
    const row = await db().selectFrom('service_quotes').select(['status']).where('id', '=', quoteId).executeTakeFirstOrThrow();
    expect(row.status).toBe('withdrawn');
  });
});
