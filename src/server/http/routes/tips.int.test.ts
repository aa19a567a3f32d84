// Tips (おひねり) through HTTP: the preview's every yen, a tip by card on an order in progress
// and on a completed one (the seller's balance, notice, list and statements), by bank
// transfer confirmed by staff or called off by the buyer, the refusals (with nothing
// changed), and retries with one Idempotency-Key. After every test the ledger is whole.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { expectLedgerWhole, hiredContract, moneyState, type Party, staffMember } from '../../../../test/contracts';
import { loggedInUser } from '../../../../test/factories';
import { buy, createService } from '../../../../test/orders';
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
  t.clock.set('2026-04-01T00:00:00Z');
});

const db = () => t.database.db;
const idOf = async (username: string) =>
  (await db().selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;

/** A seller's service bought by a buyer (card unless said): the order in progress. */
async function orderInProgress(method: 'dev_card' | 'bank_transfer' = 'dev_card') {
  const seller: Party = await loggedInUser(t);
  const buyer: Party = await loggedInUser(t);
  const sellerId = await idOf(seller.user.username);
  const service = await createService(db(), sellerId);
  const res = await buy(buyer.client, service, { method });
  expect(res.statusCode, res.body).toBe(201);
  const order = res.json() as { id: string; contractId: string };
  return { seller, buyer, sellerId, order };
}

/** The same, delivered and accepted: a completed order. */
async function completedOrder() {
  const o = await orderInProgress();
  const contract = (await o.seller.client.get(`/api/v1/contracts/${o.order.contractId}`)).json();
  const milestoneId = contract.milestones[0].id;
  expect((await o.seller.client.post(`/api/v1/milestones/${milestoneId}/deliver`, { message: '納品します。' })).statusCode).toBe(
    200,
  );
  expect((await o.buyer.client.post(`/api/v1/milestones/${milestoneId}/accept`, {})).statusCode).toBe(200);
  return o;
}

const tip = (amount: number, extra: Record<string, unknown> = {}) => ({
  amount,
  message: '',
  method: 'dev_card',
  expectedTotal: amount + Math.floor(amount * 0.05) + Math.floor(Math.floor(amount * 0.05) * 0.1),
  ...extra,
});

async function tipsOf(orderId: string) {
  return db().selectFrom('service_tips').selectAll().where('order_id', '=', orderId).execute();
}

/** Runs `fn`, which must be refused with `status` and `code`, and checks nothing changed. */
async function refusedWithoutChange(
  fn: () => Promise<{ statusCode: number; json(): { code: string } }>,
  status: number,
  code: string,
) {
  const before = await moneyState(db());
  const tips = await db().selectFrom('service_tips').select('id').execute();
  const res = await fn();
  expect({ status: res.statusCode, code: res.json().code }).toEqual({ status, code });
  expect(await moneyState(db())).toEqual(before);
  expect(await db().selectFrom('service_tips').select('id').execute()).toEqual(tips);
}

describe('sending a tip', () => {
  it('by card on a completed order: the buyer sees every yen first, the seller gets the net at once', async () => {
    const { seller, buyer, sellerId, order } = await completedOrder();
    const before = await balanceOf(db(), `earnings:${sellerId}`);
    const preview = await buyer.client.post(`/api/v1/orders/${order.id}/tip-preview`, { amount: 1_000 });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toEqual({ amount: 1_000, buyerFee: 50, buyerFeeTax: 5, total: 1_055 });

    const res = await buyer.client.post(`/api/v1/orders/${order.id}/tips`, {
      amount: 1_000,
      message: '  とても助かりました。ありがとうございます!  ',
      method: 'dev_card',
      expectedTotal: 1_055,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      role: 'buyer',
      open: true,
      items: [
        { amount: 1_000, fee: 50, feeTax: 5, net: 1_055, status: 'paid', message: 'とても助かりました。ありがとうございます!' },
      ],
    });
    // The seller: ¥1,000 less 20% and its tax.
    expect(await balanceOf(db(), `earnings:${sellerId}`)).toBe(before + 780);
    const theirs = (await seller.client.get(`/api/v1/orders/${order.id}/tips`)).json();
    expect(theirs).toMatchObject({
      role: 'seller',
      open: false,
      items: [{ amount: 1_000, fee: 200, feeTax: 20, net: 780, transfer: null }],
    });
    const notices = await db()
      .selectFrom('notifications')
      .select(['params', 'link'])
      .where('user_id', '=', sellerId)
      .where('kind', '=', 'tip.received')
      .execute();
    expect(notices).toEqual([
      {
        params: {
          title: 'ロゴデザインを作成します',
          amount: 1_000,
          net: 780,
          message: 'とても助かりました。ありがとうございます!',
        },
        link: `/contracts/${order.contractId}`,
      },
    ]);
    // The statements: the seller's earnings, the buyer's payment.
    const month = '2026-04';
    const sellerMonth = (await seller.client.get(`/api/v1/me/statements?month=${month}`)).json();
    expect(sellerMonth.lines).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'tip', amount: 780 })]));
    const buyerMonth = (await buyer.client.get(`/api/v1/me/statements?month=${month}`)).json();
    expect(buyerMonth.lines).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'tip_deposit', amount: -1_055 })]));
    const yearly = (await seller.client.get('/api/v1/me/statements/yearly?year=2026')).json();
    expect(yearly.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: 'ロゴデザインを作成します(おひねり)', gross: 1_000, fees: 220, net: 780 }),
      ]),
    );
  });

  it('while the order is in progress, more than once; the bounds ¥100 and ¥99,999 are accepted', async () => {
    const { buyer, sellerId, order } = await orderInProgress();
    for (const [amount, total] of [
      [100, 105],
      [99_999, 105_497],
    ] as const) {
      const res = await buyer.client.post(`/api/v1/orders/${order.id}/tips`, tip(amount, { expectedTotal: total }));
      expect(res.statusCode, res.body).toBe(201);
    }
    expect((await tipsOf(order.id)).map((x) => x.seller_net).sort()).toEqual([78, 78_000 + 1]);
    expect(await balanceOf(db(), `earnings:${sellerId}`)).toBe(78 + 78_001);
  });

  it('by bank transfer: waits for staff like a milestone deposit; the seller sees it only once paid', async () => {
    const { seller, buyer, sellerId, order } = await completedOrder();
    const res = await buyer.client.post(`/api/v1/orders/${order.id}/tips`, tip(2_000, { method: 'bank_transfer' }));
    expect(res.statusCode, res.body).toBe(201);
    const [sent] = res.json().items;
    expect(sent).toMatchObject({ status: 'awaiting_transfer', net: 2_110, transfer: { reference: expect.any(String) } });
    expect((await seller.client.get(`/api/v1/orders/${order.id}/tips`)).json().items).toEqual([]);
    const balance = await balanceOf(db(), `earnings:${sellerId}`);

    const finance = await staffMember(t, 'finance');
    const waiting = (await finance.client.get('/api/v1/staff/deposits')).json().items;
    expect(waiting.find((d: { id: string }) => d.id === sent.transfer.depositId)).toMatchObject({
      tip: true,
      milestone: null,
      contract: { id: expect.any(String) },
    });
    const wrong = await finance.client.post(`/api/v1/staff/deposits/${sent.transfer.depositId}/confirm`, {
      receivedAmount: 2_000,
    });
    expect(wrong.json().code).toBe('deposit-amount-mismatch');
    const confirmed = await finance.client.post(`/api/v1/staff/deposits/${sent.transfer.depositId}/confirm`, {
      receivedAmount: 2_110,
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(await balanceOf(db(), `earnings:${sellerId}`)).toBe(balance + 1_560);
    expect((await seller.client.get(`/api/v1/orders/${order.id}/tips`)).json().items).toMatchObject([
      { net: 1_560, status: 'paid' },
    ]);
    const again = await finance.client.post(`/api/v1/staff/deposits/${sent.transfer.depositId}/confirm`, {
      receivedAmount: 2_110,
    });
    expect(again.json().code).toBe('deposit-transition-invalid');

    // Another transfer the buyer calls off (a minute later: newest first): nothing moves, the tip shows as cancelled.
    t.clock.set(new Date(t.clock().getTime() + 60_000).toISOString());
    const second = (await buyer.client.post(`/api/v1/orders/${order.id}/tips`, tip(500, { method: 'bank_transfer' }))).json();
    const cancelled = await buyer.client.post(`/api/v1/deposits/${second.items[0].transfer.depositId}/cancel`);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const list = (await buyer.client.get(`/api/v1/orders/${order.id}/tips`)).json();
    expect(list.items.map((x: { status: string }) => x.status)).toEqual(['cancelled', 'paid']);
    expect(await balanceOf(db(), `earnings:${sellerId}`)).toBe(balance + 1_560);
  });
});

describe('refused tips change nothing', () => {
  it('refuses amounts outside ¥100–¥99,999, fractions, strings and long messages', async () => {
    const { buyer, order } = await orderInProgress();
    const url = `/api/v1/orders/${order.id}/tips`;
    for (const body of [
      tip(0),
      tip(99),
      tip(100_000),
      tip(1_000.5),
      tip(-100),
      { ...tip(1_000), amount: '1000' },
      { ...tip(1_000), message: 'あ'.repeat(201) },
      { ...tip(1_000), method: 'cash' },
      { ...tip(1_000), extra: true },
      { amount: 1_000, method: 'dev_card' },
    ]) {
      await refusedWithoutChange(() => buyer.client.post(url, body), 400, 'validation-failed');
    }
    for (const amount of [0, 99, 100_000, 1.5]) {
      const res = await buyer.client.post(`/api/v1/orders/${order.id}/tip-preview`, { amount });
      expect({ amount, status: res.statusCode }).toEqual({ amount, status: 400 });
    }
    await refusedWithoutChange(() => buyer.client.post(url, tip(1_000, { expectedTotal: 1_000 })), 409, 'tip-total-changed');
  });

  it('only the buyer: the seller is refused, anyone else and a job contract are not found', async () => {
    const { seller, buyer, order } = await orderInProgress();
    const url = `/api/v1/orders/${order.id}/tips`;
    await refusedWithoutChange(() => seller.client.post(url, tip(1_000)), 403, 'tip-buyer-only');
    await refusedWithoutChange(
      () => seller.client.post(`/api/v1/orders/${order.id}/tip-preview`, { amount: 1_000 }),
      403,
      'tip-buyer-only',
    );
    const stranger = await loggedInUser(t);
    await refusedWithoutChange(() => stranger.client.post(url, tip(1_000)), 404, 'not-found');
    expect((await stranger.client.get(url)).statusCode).toBe(404);
    // The order's contract id, a job's contract, an unknown id and a malformed one are not orders.
    const job = await hiredContract(t);
    for (const id of [order.contractId, job.contractId, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      await refusedWithoutChange(() => buyer.client.post(`/api/v1/orders/${id}/tips`, tip(1_000)), 404, 'not-found');
      await refusedWithoutChange(() => job.client.client.post(`/api/v1/orders/${id}/tips`, tip(1_000)), 404, 'not-found');
    }
    const anonymous = await t.client();
    expect((await anonymous.post(url, tip(1_000))).statusCode).toBe(401);
  });

  it('not before the escrow is paid, not on a cancelled order, not 30 days after completion', async () => {
    const unpaid = await orderInProgress('bank_transfer');
    await refusedWithoutChange(
      () => unpaid.buyer.client.post(`/api/v1/orders/${unpaid.order.id}/tips`, tip(1_000)),
      409,
      'tip-not-open',
    );

    const late = await orderInProgress();
    t.clock.set('2026-04-06T15:00:00Z');
    expect((await late.buyer.client.post(`/api/v1/orders/${late.order.id}/cancel-late`)).statusCode).toBe(200);
    await refusedWithoutChange(
      () => late.buyer.client.post(`/api/v1/orders/${late.order.id}/tips`, tip(1_000)),
      409,
      'tip-not-open',
    );
    expect((await late.buyer.client.get(`/api/v1/orders/${late.order.id}/tips`)).json()).toMatchObject({ open: false });

    t.clock.set('2026-04-01T00:00:00Z');
    const done = await completedOrder();
    const list = (await done.buyer.client.get(`/api/v1/orders/${done.order.id}/tips`)).json();
    expect(list).toMatchObject({ open: true, openUntil: '2026-05-01T00:00:00.000Z' });
    t.clock.set('2026-04-30T23:59:00Z');
    expect((await done.buyer.client.post(`/api/v1/orders/${done.order.id}/tips`, tip(300))).statusCode).toBe(201);
    t.clock.set('2026-05-01T00:00:00Z');
    // The session of 30 days ago has ended: the buyer logs in again.
    await done.buyer.client.post('/api/v1/auth/login', { email: done.buyer.user.email, password: done.buyer.user.password });
    await refusedWithoutChange(
      () => done.buyer.client.post(`/api/v1/orders/${done.order.id}/tips`, tip(300)),
      409,
      'tip-not-open',
    );
  });
});

describe('retries', () => {
  it('the same Idempotency-Key gives one tip and the first answer; another body with it is refused', async () => {
    const { buyer, sellerId, order } = await orderInProgress();
    const url = `/api/v1/orders/${order.id}/tips`;
    const first = await buyer.client.post(url, tip(1_000), { 'idempotency-key': 'tip-1' });
    expect(first.statusCode, first.body).toBe(201);
    const replay = await buyer.client.post(url, tip(1_000), { 'idempotency-key': 'tip-1' });
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json()).toEqual(first.json());
    expect(await tipsOf(order.id)).toHaveLength(1);
    expect(await balanceOf(db(), `earnings:${sellerId}`)).toBe(780);
    await refusedWithoutChange(
      () => buyer.client.post(url, tip(2_000), { 'idempotency-key': 'tip-1' }),
      422,
      'idempotency-key-reused',
    );
  });
});
