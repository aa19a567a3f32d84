// The written terms (取引条件明示書) under the Freelance Act through HTTP: a contract, a
// service order and a change of terms each give a version with every field; a delivery
// states its own dates; another member cannot read any of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { deliver, fundByCard, hiredContract, type Party } from '../../../../test/contracts';
import { loggedInUser } from '../../../../test/factories';
import { buy, createService } from '../../../../test/orders';
import { daysBetween } from '../../../domain/contracts/payment-date';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every field the Act asks for, present and consistent. */
function expectComplete(terms: Record<string, unknown> & { milestones: Record<string, unknown>[] }) {
  expect(terms).toMatchObject({
    commissionedOn: expect.stringMatching(DATE),
    work: { title: expect.any(String), description: expect.any(String) },
    deliveryDate: expect.stringMatching(DATE),
    deliveryPlace: { ja: expect.stringContaining('本サービス上の納品機能'), en: expect.any(String) },
    inspection: { days: expect.any(Number), rule: { ja: expect.stringContaining('検査を完了'), en: expect.any(String) } },
    total: { amount: expect.any(Number), tax: expect.any(Number), withTax: expect.any(Number) },
    paymentDate: expect.stringMatching(DATE),
    paymentMethod: { ja: expect.stringContaining('代理受領'), en: expect.any(String) },
  });
  expect(terms.milestones.length).toBeGreaterThan(0);
  for (const m of terms.milestones) {
    expect(m).toMatchObject({
      dueDate: expect.stringMatching(DATE),
      inspectionDate: expect.stringMatching(DATE),
      paymentDate: expect.stringMatching(DATE),
      withTax: expect.any(Number),
    });
    const received = (m.deliveredOn as string | null) ?? (m.dueDate as string);
    expect(daysBetween(received, m.paymentDate as string)).toBeLessThanOrEqual(60);
  }
}

async function refusedToStranger(contractId: string, stranger: Party) {
  for (const path of [`/api/v1/contracts/${contractId}/terms`, `/api/v1/contracts/${contractId}/terms?version=1`]) {
    const res = await stranger.client.get(path);
    expect({ status: res.statusCode, code: res.json().code }).toEqual({ status: 404, code: 'not-found' });
  }
}

describe('the written terms of a contract', () => {
  it('version 1 at hire has every field; both parties read it; another member cannot', async () => {
    const c = await hiredContract(t, { amount: 40_000 });
    const terms = (await c.worker.client.get(`/api/v1/contracts/${c.contractId}/terms`)).json();
    expectComplete(terms);
    expect(terms).toMatchObject({ kind: 'contract', version: 1, commissionedOn: '2026-04-01', total: { withTax: 44_000 } });
    expect((await c.client.client.get(`/api/v1/contracts/${c.contractId}/terms`)).json()).toEqual(terms);
    await refusedToStranger(c.contractId, await loggedInUser(t));
  });

  it('a delivery states the day received, the inspection date and the payment date counted from it', async () => {
    const c = await hiredContract(t, { amount: 10_000 });
    await fundByCard(c);
    t.clock.set('2026-04-03T02:00:00Z');
    await deliver(c);
    const terms = (await c.worker.client.get(`/api/v1/contracts/${c.contractId}/terms`)).json();
    expectComplete(terms);
    // Delivered on 3 April; 14 days of inspection → 17 April. The 60th day from receipt is
    // 1 June, so the last payment date within it: 29 May (31 May is a Sunday).
    expect(terms.milestones[0]).toMatchObject({
      deliveredOn: '2026-04-03',
      inspectionDate: '2026-04-17',
      paymentDate: '2026-05-29',
    });
    t.clock.set('2026-04-01T00:00:00Z');
  });

  it('a change of milestones is a new version with every field; the old one stays readable', async () => {
    const c = await hiredContract(t, { amount: 50_000 });
    await c.client.client.post(`/api/v1/contracts/${c.contractId}/terms`, {
      milestones: [
        { title: '構成案', amount: 20_000, dueDate: '2026-05-10' },
        { title: '本文', amount: 30_000, dueDate: '2026-06-20' },
      ],
      withholding: false,
    });
    t.clock.set('2026-04-02T00:00:00Z');
    expect((await c.worker.client.post(`/api/v1/contracts/${c.contractId}/terms/answer`, { agree: true })).statusCode).toBe(200);
    const v2 = (await c.client.client.get(`/api/v1/contracts/${c.contractId}/terms`)).json();
    expectComplete(v2);
    // The commission is still the day the contract was made; the version is dated the change.
    expect(v2).toMatchObject({ version: 2, commissionedOn: '2026-04-01', deliveryDate: '2026-06-20' });
    expect(v2.issuedAt.startsWith('2026-04-02')).toBe(true);
    expect(v2.milestones.map((m: { paymentDate: string }) => m.paymentDate)).toEqual(['2026-06-30', '2026-08-14']);
    expect(v2.paymentDate).toBe('2026-08-14');
    const v1 = (await c.worker.client.get(`/api/v1/contracts/${c.contractId}/terms?version=1`)).json();
    expect(v1).toMatchObject({ version: 1, total: { amount: 50_000 } });
    expectComplete(v1);
    await refusedToStranger(c.contractId, await loggedInUser(t));
    t.clock.set('2026-04-01T00:00:00Z');
  });
});

describe('the written terms of a service order', () => {
  it('names the order, has every field, and is the parties’ alone', async () => {
    const seller = await loggedInUser(t);
    const buyer = await loggedInUser(t);
    const sellerId = (
      await t.database.db.selectFrom('users').select('id').where('username', '=', seller.user.username).executeTakeFirstOrThrow()
    ).id;
    const service = await createService(t.database.db, sellerId, { acceptanceDays: 5 });
    const res = await buy(buyer.client, service);
    expect(res.statusCode, res.body).toBe(201);
    const order = res.json();
    const terms = (await seller.client.get(`/api/v1/contracts/${order.contractId}/terms`)).json();
    expectComplete(terms);
    expect(terms).toMatchObject({
      kind: 'order',
      orderId: order.id,
      version: 1,
      deliveryDate: order.deliveryDate,
      inspection: { days: 5 },
      total: { amount: order.money.amount, tax: order.money.tax },
    });
    expect(terms.work.description).toContain('パッケージ');
    await refusedToStranger(order.contractId, await loggedInUser(t));
  });
});
