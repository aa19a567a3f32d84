// Buying a service through HTTP: the preview's every yen, the purchase into escrow by card
// and by bank transfer, the refusals (with nothing changed), the service's own acceptance
// window, the late-delivery cancel with its full refund, the lists, who may see an order,
// and the withdrawal blockers. After every test the ledger is whole.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/app';
import { DAY } from '../../../../test/clock';
import { expectLedgerWhole, moneyState, type Party, staffMember } from '../../../../test/contracts';
import { loggedInUser } from '../../../../test/factories';
import { buy, createService, type TestService } from '../../../../test/orders';
import { balanceOf } from '../../db/repositories/ledger';

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

/** A seller with a published service, and a buyer. */
async function market(spec: Parameters<typeof createService>[2] = {}) {
  const seller: Party = await loggedInUser(t);
  const buyer: Party = await loggedInUser(t);
  const service = await createService(db(), await idOf(seller.user.username), spec);
  return { seller, buyer, service };
}

const choice = (s: TestService, pkg = 0, options: number[] = []) => ({
  packageId: s.packages[pkg]?.id,
  optionIds: options.map((i) => s.options[i]?.id),
});

/** Runs `fn`, which must be refused with `status` and `code`, and checks nothing changed. */
async function refusedWithoutChange(
  fn: () => Promise<{ statusCode: number; json(): { code: string; errors?: unknown[] } }>,
  status: number,
  code: string,
) {
  const before = await moneyState(db());
  const orders = await db().selectFrom('service_orders').select('id').execute();
  const res = await fn();
  expect({ status: res.statusCode, code: res.json().code }).toEqual({ status, code });
  expect(await moneyState(db())).toEqual(before);
  expect(await db().selectFrom('service_orders').select('id').execute()).toEqual(orders);
  return res;
}

async function noticesOf(username: string, kind: string) {
  return db()
    .selectFrom('notifications')
    .select(['title', 'params', 'link'])
    .where('user_id', '=', await idOf(username))
    .where('kind', '=', kind)
    .execute();
}

describe('order preview', () => {
  it('shows every yen of a package with options, the delivery date in Japan and the acceptance window', async () => {
    const { buyer, service } = await market({ acceptanceDays: 5 });
    const res = await buyer.client.post(`/api/v1/services/${service.id}/order-preview`, choice(service, 0, [0, 1]));
    expect(res.statusCode, res.body).toBe(200);
    // ¥10,000 + ¥2,000 + ¥1,000 = ¥13,000 tax included; buyer fee 5% + tax.
    expect(res.json()).toMatchObject({
      package: { name: 'ベーシック', price: 10_000, deliveryDays: 5 },
      options: [
        { title: '特急納品', price: 2_000, extraDays: 0 },
        { title: '追加修正', price: 1_000, extraDays: 2 },
      ],
      price: 13_000,
      tax: 1_181,
      buyerFee: 650,
      buyerFeeTax: 65,
      total: 13_715,
      deliveryDays: 7,
      // The test clock is 2026-04-01 09:00 in Japan.
      deliveryDate: '2026-04-08',
      acceptanceDays: 5,
      buyerRequest: '業種と、ロゴに入れたい文字を教えてください。',
    });
  });

  it('refuses an option or a package of another service, one’s own service, and a service not on sale', async () => {
    const { seller, buyer, service } = await market();
    const other = await createService(db(), await idOf(seller.user.username));
    const preview = (c: TestClient, id: string, body: Record<string, unknown>) =>
      c.post(`/api/v1/services/${id}/order-preview`, body);

    let res = await preview(buyer.client, service.id, { packageId: service.packages[0]?.id, optionIds: [other.options[0]?.id] });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toMatchObject([{ pointer: '/optionIds/0', code: 'option-not-of-service' }]);
    res = await preview(buyer.client, service.id, { packageId: other.packages[0]?.id, optionIds: [] });
    expect(res.json().errors).toMatchObject([{ pointer: '/packageId', code: 'package-not-of-service' }]);

    res = await preview(seller.client, service.id, choice(service));
    expect({ status: res.statusCode, code: res.json().code }).toEqual({ status: 409, code: 'service-own' });

    for (const status of ['paused', 'hidden'] as const) {
      const s = await createService(db(), await idOf(seller.user.username), { status });
      res = await preview(buyer.client, s.id, choice(s));
      expect({ status: res.statusCode, code: res.json().code }).toEqual({ status: 409, code: 'service-not-on-sale' });
    }
    const draft = await createService(db(), await idOf(seller.user.username), { status: 'draft' });
    expect((await preview(buyer.client, draft.id, choice(draft))).statusCode).toBe(404);
    expect((await preview(buyer.client, '00000000-0000-4000-8000-000000000000', choice(service))).statusCode).toBe(404);
    expect((await preview(buyer.client, 'not-a-uuid', choice(service))).statusCode).toBe(404);
  });

  it('refuses bad input with field errors', async () => {
    const { buyer, service } = await market();
    const url = `/api/v1/services/${service.id}/order-preview`;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ optionIds: [] }, '/packageId', 'required'],
      [{ packageId: 'x', optionIds: [] }, '/packageId', 'invalid-choice'],
      [
        { packageId: service.packages[0]?.id, optionIds: [service.options[0]?.id, service.options[0]?.id] },
        '/optionIds',
        'invalid-choice',
      ],
      [{ packageId: service.packages[0]?.id, optionIds: 'all' }, '/optionIds', 'invalid-type'],
      [{ packageId: service.packages[0]?.id, optionIds: [], price: 0 }, '/price', 'unknown-field'],
    ];
    for (const [body, pointer, code] of cases) {
      const res = await buyer.client.post(url, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().errors, JSON.stringify(body)).toContainEqual(expect.objectContaining({ pointer, code }));
    }
    const anonymous = await t.client();
    expect((await anonymous.post(url, choice(service))).statusCode).toBe(401);
  });

  it('says when the seller is leaving or has left', async () => {
    const { seller, buyer, service } = await market();
    await db().updateTable('users').set({ status: 'withdrawing' }).where('username', '=', seller.user.username).execute();
    const res = await buyer.client.post(`/api/v1/services/${service.id}/order-preview`, choice(service));
    expect({ status: res.statusCode, code: res.json().code }).toEqual({ status: 409, code: 'seller-unavailable' });
    await refusedWithoutChange(() => buy(buyer.client, service), 409, 'seller-unavailable');
  });
});

describe('purchase', () => {
  it('by card: the order copies the terms, its contract starts funded, the seller is told, and the money is in escrow', async () => {
    const { seller, buyer, service } = await market({ acceptanceDays: 5 });
    const res = await buy(buyer.client, service, { optionIndexes: [1] });
    expect(res.statusCode, res.body).toBe(201);
    const order = res.json();
    expect(order).toMatchObject({
      status: 'in_progress',
      role: 'buyer',
      package: { name: 'ベーシック', price: 10_000, deliveryDays: 5, revisions: 1 },
      options: [{ title: '追加修正', price: 1_000, extraDays: 2 }],
      price: 11_000,
      deliveryDate: '2026-04-08',
      acceptanceDays: 5,
      method: 'dev_card',
      buyer: { username: buyer.user.username },
      seller: { username: seller.user.username },
      // ¥11,000 incl. tax: seller keeps 78%, buyer pays 105.5%.
      money: {
        amount: 10_000,
        tax: 1_000,
        clientFee: 550,
        clientFeeTax: 55,
        escrow: 11_605,
        workerFee: 2_200,
        workerFeeTax: 220,
        withholding: 0,
        workerNet: 8_580,
      },
      actions: [],
    });
    const milestoneId = (
      await db().selectFrom('milestones').select('id').where('contract_id', '=', order.contractId).executeTakeFirstOrThrow()
    ).id;
    expect(await balanceOf(db(), `escrow:${milestoneId}`)).toBe(11_605);

    // The contract page is the order's page: no job, the terms bought, the service's window.
    const contract = (await seller.client.get(`/api/v1/contracts/${order.contractId}`)).json();
    expect(contract).toMatchObject({
      job: null,
      order: { id: order.id, package: { name: 'ベーシック' }, price: 11_000 },
      status: 'in_progress',
      withholding: false,
      withholdingAllowed: false,
      rules: { autoAcceptDays: 5 },
      viewer: { role: 'worker', actions: expect.not.arrayContaining(['propose_terms']) },
      milestones: [{ title: 'ベーシック', dueDate: '2026-04-08', status: 'funded', actions: ['deliver'] }],
    });
    // The written terms name the package and the service's acceptance window.
    const terms = (await buyer.client.get(`/api/v1/contracts/${order.contractId}/terms`)).json();
    expect(terms.work.description).toContain('ベーシック');
    expect(terms.payment.ja).toContain('5日以内');

    const placed = await noticesOf(seller.user.username, 'order.placed');
    expect(placed).toMatchObject([{ link: `/contracts/${order.contractId}`, params: { price: 11_000, paid: true } }]);
    // One notice for one paid order: order.placed says it is paid, so no milestone.funded too.
    expect(await noticesOf(seller.user.username, 'milestone.funded')).toEqual([]);

    // A later price change leaves the order as bought.
    await db()
      .updateTable('service_packages')
      .set({ price: 50_000 })
      .where('id', '=', service.packages[0]?.id ?? '')
      .execute();
    expect((await buyer.client.get(`/api/v1/orders/${order.id}`)).json()).toMatchObject({
      price: 11_000,
      package: { price: 10_000 },
    });
  });

  it('by bank transfer: the order waits for the deposit, which staff confirm as for any milestone', async () => {
    const { seller, buyer, service } = await market();
    const res = await buy(buyer.client, service, { method: 'bank_transfer' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'awaiting_escrow', money: { escrow: 10_550 } });
    const contract = (await buyer.client.get(`/api/v1/contracts/${res.json().contractId}`)).json();
    const deposit = contract.milestones[0].deposit;
    expect(deposit).toMatchObject({ method: 'bank_transfer', amount: 10_550, status: 'pending' });
    const finance = await staffMember(t, 'finance');
    const confirmed = await finance.client.post(`/api/v1/staff/deposits/${deposit.id}/confirm`, { receivedAmount: 10_550 });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect((await buyer.client.get(`/api/v1/orders/${res.json().id}`)).json()).toMatchObject({ status: 'in_progress' });
    // The seller was told of the order (not paid yet), then that the transfer arrived.
    expect(await noticesOf(seller.user.username, 'order.placed')).toMatchObject([{ params: { paid: false } }]);
    expect(await noticesOf(seller.user.username, 'milestone.funded')).toHaveLength(1);
  });

  it('refuses a total that differs from what the buyer saw, and bad input, changing nothing', async () => {
    const { buyer, service } = await market();
    const url = `/api/v1/services/${service.id}/orders`;
    const body = { ...choice(service), method: 'dev_card' };
    await refusedWithoutChange(() => buyer.client.post(url, { ...body, expectedTotal: 10_549 }), 409, 'service-price-changed');
    for (const [bad, pointer, code] of [
      [{ ...body, expectedTotal: 0 }, '/expectedTotal', 'too-small'],
      [{ ...body, expectedTotal: -10_550 }, '/expectedTotal', 'too-small'],
      [{ ...body, expectedTotal: 10_550.5 }, '/expectedTotal', 'not-integer'],
      [{ ...body, expectedTotal: 10_000_000_000 }, '/expectedTotal', 'too-big'],
      [{ ...body, method: 'cash', expectedTotal: 10_550 }, '/method', 'invalid-choice'],
    ] as const) {
      const res = await refusedWithoutChange(() => buyer.client.post(url, bad), 400, 'validation-failed');
      expect(res.json().errors).toContainEqual(expect.objectContaining({ pointer, code }));
    }
  });

  it('keeps to the capacity: a full service refuses the next buyer until an order ends', async () => {
    const { service } = await market({ capacity: 1 });
    const first = await loggedInUser(t);
    const second = await loggedInUser(t);
    expect((await buy(first.client, service)).statusCode).toBe(201);
    const res = await second.client.post(`/api/v1/services/${service.id}/order-preview`, choice(service));
    expect({ status: res.statusCode, code: res.json().code }).toEqual({ status: 409, code: 'service-capacity-full' });
    await refusedWithoutChange(
      () =>
        second.client.post(`/api/v1/services/${service.id}/orders`, {
          ...choice(service),
          method: 'dev_card',
          expectedTotal: 10_550,
        }),
      409,
      'service-capacity-full',
    );
  });

  it('answers a retry with the same Idempotency-Key with the first order, made once', async () => {
    const { buyer, service } = await market();
    const one = await buy(buyer.client, service, { key: 'buy-once-1' });
    const again = await buy(buyer.client, service, { key: 'buy-once-1' });
    expect(one.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(one.json().id);
    expect(await db().selectFrom('service_orders').select('id').where('service_id', '=', service.id).execute()).toHaveLength(1);
  });
});

describe('the order runs on the contract', () => {
  it('a delivery is accepted by itself after the service’s own window, not the platform’s', async () => {
    const { seller, buyer, service } = await market({ acceptanceDays: 2 });
    const order = (await buy(buyer.client, service)).json();
    const contract = (await seller.client.get(`/api/v1/contracts/${order.contractId}`)).json();
    const milestoneId = contract.milestones[0].id;
    // The service page counts the order in progress.
    expect((await buyer.client.get(`/api/v1/services/${service.id}`)).json()).toMatchObject({
      ordersInProgress: 1,
      ordersCompleted: 0,
    });
    const delivered = await seller.client.post(`/api/v1/milestones/${milestoneId}/deliver`, { message: '納品します。' });
    expect(delivered.statusCode, delivered.body).toBe(200);
    expect(delivered.json().milestones[0].autoAcceptAt).toBe(new Date(t.clock().getTime() + 2 * DAY).toISOString());
    expect(t.config.autoAcceptDays).not.toBe(2);
    t.clock.advance(2 * DAY + 60_000);
    await t.runTasks();
    const done = (await buyer.client.get(`/api/v1/orders/${order.id}`)).json();
    expect(done.status).toBe('completed');
    expect((await buyer.client.get(`/api/v1/services/${service.id}`)).json()).toMatchObject({
      ordersInProgress: 0,
      ordersCompleted: 1,
    });
    expect(await balanceOf(db(), `earnings:${await idOf(seller.user.username)}`)).toBe(7_800);
    // Both review, as after any contract.
    for (const party of [buyer, seller]) {
      const res = await party.client.post(`/api/v1/contracts/${order.contractId}/review`, {
        skill: 5,
        quality: 5,
        schedule: 4,
        communication: 5,
        partnership: 5,
        comment: 'ありがとうございました。',
      });
      expect(res.statusCode, res.body).toBeLessThan(300);
    }
  });

  it('late delivery: the buyer cancels the day after the date, with the whole escrow back; the seller is told', async () => {
    const { seller, buyer, service } = await market();
    const order = (await buy(buyer.client, service)).json();
    const url = `/api/v1/orders/${order.id}/cancel-late`;
    await refusedWithoutChange(() => buyer.client.post(url), 409, 'order-not-late');
    // The delivery date is 2026-04-06; on the 7th in Japan the order is late.
    t.clock.set('2026-04-06T15:00:00Z');
    const view = (await buyer.client.get(`/api/v1/orders/${order.id}`)).json();
    expect(view.actions).toEqual(['cancel_late']);
    expect((await seller.client.get(`/api/v1/orders/${order.id}`)).json().actions).toEqual([]);
    await refusedWithoutChange(() => seller.client.post(url), 403, 'forbidden');
    const stranger = await loggedInUser(t);
    await refusedWithoutChange(() => stranger.client.post(url), 404, 'not-found');

    const milestoneId = (
      await db().selectFrom('milestones').select('id').where('contract_id', '=', order.contractId).executeTakeFirstOrThrow()
    ).id;
    const res = await buyer.client.post(url);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'terminated', actions: [] });
    expect(await balanceOf(db(), `escrow:${milestoneId}`)).toBe(0);
    const refund = await db()
      .selectFrom('ledger_transactions')
      .select('kind')
      .where('milestone_id', '=', milestoneId)
      .where('kind', '=', 'escrow_settle')
      .execute();
    expect(refund).toHaveLength(1);
    const contract = (await buyer.client.get(`/api/v1/contracts/${order.contractId}`)).json();
    expect(contract.events.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['order.cancel_late', 'milestone.refund', 'contract.terminate']),
    );
    expect(contract.milestones[0]).toMatchObject({ status: 'refunded' });
    expect(await noticesOf(seller.user.username, 'order.cancelled_late')).toHaveLength(1);
    await refusedWithoutChange(() => buyer.client.post(url), 409, 'order-not-cancellable');
  });

  it('a delivered order cannot be cancelled for lateness', async () => {
    const { seller, buyer, service } = await market();
    const order = (await buy(buyer.client, service)).json();
    const contract = (await seller.client.get(`/api/v1/contracts/${order.contractId}`)).json();
    await seller.client.post(`/api/v1/milestones/${contract.milestones[0].id}/deliver`, { message: '納品します。' });
    t.clock.set('2026-04-20T00:00:00Z');
    await refusedWithoutChange(() => buyer.client.post(`/api/v1/orders/${order.id}/cancel-late`), 409, 'order-not-cancellable');
  });
});

describe('orders of one’s own', () => {
  it('lists purchases and orders taken; another member’s order is not found', async () => {
    const { seller, buyer, service } = await market();
    const order = (await buy(buyer.client, service, { optionIndexes: [0] })).json();
    const bought = (await buyer.client.get('/api/v1/me/orders?role=buyer')).json();
    expect(bought.items).toMatchObject([
      {
        id: order.id,
        packageName: 'ベーシック',
        price: 12_000,
        amount: 12_660,
        status: 'in_progress',
        stage: 'funded',
        other: { username: seller.user.username },
      },
    ]);
    const taken = (await seller.client.get('/api/v1/me/orders?role=seller')).json();
    expect(taken.items).toMatchObject([{ id: order.id, amount: 9_360, other: { username: buyer.user.username } }]);
    expect((await seller.client.get('/api/v1/me/orders?role=buyer')).json().items).toEqual([]);
    const badRole = await buyer.client.get('/api/v1/me/orders?role=staff');
    expect({ status: badRole.statusCode, code: badRole.json().code }).toEqual({ status: 400, code: 'validation-failed' });

    const stranger = await loggedInUser(t);
    expect((await stranger.client.get(`/api/v1/orders/${order.id}`)).statusCode).toBe(404);
    expect((await stranger.client.get(`/api/v1/contracts/${order.contractId}`)).statusCode).toBe(404);
    expect((await stranger.client.get('/api/v1/orders/not-a-uuid')).statusCode).toBe(404);
  });

  it('an order in progress blocks withdrawal on both sides, with its date', async () => {
    const { seller, buyer, service } = await market({ acceptanceDays: 3 });
    await buy(buyer.client, service);
    const buyerCheck = (await buyer.client.get('/api/v1/me/withdrawal')).json();
    const buyerBlocker = buyerCheck.blockers.find((b: { code: string }) => b.code === 'orders-in-progress-buyer');
    // Delivery date 2026-04-06 (end of the day in Japan) + 3 days.
    expect(buyerBlocker).toMatchObject({ count: 1, items: [{ expectedAt: '2026-04-09T15:00:00.000Z', expectedBy: 'delivery' }] });
    expect(buyerCheck.blockers.map((b: { code: string }) => b.code)).not.toContain('live-contracts-client');
    const sellerCheck = (await seller.client.get('/api/v1/me/withdrawal')).json();
    expect(sellerCheck.blockers.map((b: { code: string }) => b.code)).toContain('orders-in-progress-seller');
  });
});
