// Automatic payouts (自動出金), the 60-day rule and the 支払調書 through HTTP: a member who
// turns automatic payouts on gets one request per payment date however often the run is
// made; a balance under the minimum waits; earnings nobody asked for are paid on the last
// payment date within 60 days; the payment records show both sides and nobody else's.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { deliver, expectLedgerWhole, fundByCard, hiredContract, type Party, staffMember } from '../../../../test/contracts';
import { loginOn } from '../../../../test/races';
import { createAutomaticPayoutRequests } from '../../use-cases/payouts/create-automatic-payout-requests';

let t: TestApp;
let finance: Party;
beforeAll(async () => {
  t = await startTestApp();
  finance = await staffMember(t, 'finance');
});
afterAll(async () => {
  await t?.close();
});
afterEach(async () => {
  await expectLedgerWhole(t.database.db);
});

const BANK = {
  bankCode: '0005',
  branchCode: '001',
  accountType: 'ordinary',
  accountNumber: '0012345',
  holderName: 'テスト タロウ',
};

/** A worker paid for a contract of `amount` (accepted on the test clock's day, 1 April 2026). */
async function paidWorker(amount: number, options: { bank?: boolean; withholding?: boolean } = {}) {
  const c = await hiredContract(t, { amount });
  if (options.withholding) {
    await c.client.client.post(`/api/v1/contracts/${c.contractId}/terms`, {
      milestones: [{ title: '本文', amount, dueDate: '2099-01-10' }],
      withholding: true,
    });
    await c.worker.client.post(`/api/v1/contracts/${c.contractId}/terms/answer`, { agree: true });
    const contract = (await c.client.client.get(`/api/v1/contracts/${c.contractId}`)).json();
    c.milestoneId = contract.milestones.find((m: { status: string }) => m.status === 'unfunded').id;
  }
  await fundByCard(c);
  await deliver(c);
  const accepted = await c.client.client.post(`/api/v1/milestones/${c.milestoneId}/accept`, {});
  if (accepted.statusCode !== 200) throw new Error(accepted.body);
  if (options.bank !== false) {
    const res = await c.worker.client.put('/api/v1/me/bank-account', { ...BANK, password: c.worker.user.password });
    if (res.statusCode !== 200) throw new Error(res.body);
  }
  return c;
}

const payouts = async (worker: Party) => (await worker.client.get('/api/v1/me/payouts')).json();

describe('automatic payouts (自動出金)', () => {
  it('requests the whole balance once per payment date, however often the run is made; staff batch it', async () => {
    const { worker } = await paidWorker(10_000);
    const on = await worker.client.put('/api/v1/me/payout-settings', { automatic: true });
    expect(on.statusCode).toBe(200);
    expect(on.json()).toMatchObject({
      automatic: true,
      nextPaymentDate: '2026-04-15',
      upcoming: [{ acceptedOn: '2026-04-01', amount: 8_580, paymentDate: '2026-04-15' }],
    });
    expect(on.json().paymentDates['2026-04-01']).toBe('2026-04-15');
    const first = await createAutomaticPayoutRequests(t.app.deps, '2026-04-15');
    const second = await createAutomaticPayoutRequests(t.app.deps, '2026-04-15');
    expect(first?.requested).toBeGreaterThanOrEqual(1);
    expect(second?.requested).toBe(0);
    const mine = await payouts(worker);
    expect(mine.balance).toBe(0);
    expect(mine.items).toMatchObject([{ amount: 8_580, fee: 500, net: 8_080, scheduledDate: '2026-04-15', status: 'requested' }]);
    // The batch build runs the same (nothing more), and takes the request.
    const batch = await finance.client.post('/api/v1/staff/payout-batches', { paymentDate: '2026-04-15' });
    expect(batch.statusCode).toBe(201);
    const again = await finance.client.post('/api/v1/staff/payout-batches', { paymentDate: '2026-04-15' });
    expect(again.json().code).toBe('payout-batch-empty');
    expect((await payouts(worker)).items).toHaveLength(1);
  });

  it('keeps a balance under the minimum (never forfeited) and tells a member without an account', async () => {
    const small = await paidWorker(1_000);
    await small.worker.client.put('/api/v1/me/payout-settings', { automatic: true });
    const noBank = await paidWorker(10_000, { bank: false });
    await noBank.worker.client.put('/api/v1/me/payout-settings', { automatic: true });
    await createAutomaticPayoutRequests(t.app.deps, '2026-04-30');
    expect(await payouts(small.worker)).toMatchObject({ balance: 858, items: [] });
    expect(await payouts(noBank.worker)).toMatchObject({ balance: 8_580, items: [] });
    const notices = (await noBank.worker.client.get('/api/v1/me/notifications')).json();
    expect(JSON.stringify(notices)).toContain('2026年4月30日の自動振込ができませんでした');
  });

  it('refuses a setting that is not true or false, in Japanese', async () => {
    const { worker } = await paidWorker(2_000, { bank: false });
    const res = await worker.client.put('/api/v1/me/payout-settings', { automatic: 'yes' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ pointer: '/automatic', code: 'invalid-type' });
  });
});

describe('the 60-day rule (検収から60日以内)', () => {
  it('shows the latest payment date and pays earnings nobody asked for on it, not before', async () => {
    const { worker } = await paidWorker(10_000);
    const settings = (await worker.client.get('/api/v1/me/payout-settings')).json();
    // Accepted 1 April 2026: the 60th day is Saturday 30 May, the last payment date before it Friday 29 May.
    expect(settings).toMatchObject({ automatic: false, upcoming: [{ acceptedOn: '2026-04-01', paymentDate: '2026-05-29' }] });
    await createAutomaticPayoutRequests(t.app.deps, '2026-05-15', new Date('2026-05-14T16:00:00Z'));
    expect((await payouts(worker)).items).toEqual([]);
    await createAutomaticPayoutRequests(t.app.deps, '2026-05-29', new Date('2026-05-28T16:00:00Z'));
    expect(await payouts(worker)).toMatchObject({ balance: 0, items: [{ amount: 8_580, scheduledDate: '2026-05-29' }] });
  });

  it('pays a request asked for late by the latest payment date within 60 days of the oldest acceptance it takes', async () => {
    const early = await paidWorker(10_000);
    const late = await paidWorker(10_000);
    try {
      // Asked for on 2 April: the schedule's date (30 April) stands.
      t.clock.set('2026-04-02T03:00:00Z');
      expect((await payouts(early.worker)).nextScheduledDate).toBe('2026-04-30');
      const first = await early.worker.client.post('/api/v1/me/payouts', { amount: 5_000 });
      expect(first.json()).toMatchObject({ scheduledDate: '2026-04-30' });
      expect((await finance.client.post('/api/v1/staff/payout-batches', { paymentDate: '2026-04-30' })).statusCode).toBe(201);
      // Asked for on 20 May: the schedule would pay on 15 June, past the 60 days of the
      // acceptance on 1 April; the request is paid on 29 May, and the page says so first.
      t.clock.set('2026-05-20T03:00:00Z');
      // Seven weeks on, the members sign in again.
      late.worker.client = await loginOn(t, late.worker.user);
      early.worker.client = await loginOn(t, early.worker.user);
      expect((await payouts(late.worker)).nextScheduledDate).toBe('2026-05-29');
      const second = await late.worker.client.post('/api/v1/me/payouts', { amount: 8_580 });
      expect(second.statusCode).toBe(201);
      expect(second.json()).toMatchObject({ amount: 8_580, scheduledDate: '2026-05-29' });
      // The rest of the early worker's balance is from 1 April too: capped the same way.
      expect((await early.worker.client.post('/api/v1/me/payouts', { amount: 3_580 })).json()).toMatchObject({
        scheduledDate: '2026-05-29',
      });
      // The batch of 29 May takes both late requests.
      const batch = await finance.client.post('/api/v1/staff/payout-batches', { paymentDate: '2026-05-29' });
      expect(batch.statusCode).toBe(201);
    } finally {
      t.clock.set('2026-04-01T00:00:00Z');
    }
  });
});

describe('payment records (支払調書) and the payee’s legal name and address', () => {
  it('asks for the legal name and address before a withheld payout, validates them in Japanese, and shows both sides', async () => {
    const c = await paidWorker(100_000, { withholding: true });
    const refused = await c.worker.client.post('/api/v1/me/payouts', { amount: 5_000 }, { 'accept-language': 'ja' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'payee-identity-required', title: '氏名と住所が登録されていません' });
    expect((await c.worker.client.get('/api/v1/me/payout-settings')).json().payeeIdentity).toEqual({
      required: true,
      registered: false,
    });

    const bad = await c.worker.client.put('/api/v1/me/payee-identity', { legalName: 'y@m4d4', address: '千代田区1-1' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { pointer: string; code: string; detail: string }) => [e.pointer, e.code])).toEqual([
      ['/legalName', 'legal-name-invalid'],
      ['/address', 'address-invalid'],
    ]);
    expect(bad.json().errors[1].detail).toContain('都道府県から');
    const saved = await c.worker.client.put('/api/v1/me/payee-identity', {
      legalName: '山田　花子',
      address: '東京都千代田区千代田１－１',
    });
    expect(saved.json()).toEqual({ legalName: '山田 花子', address: '東京都千代田区千代田1-1', required: true });
    expect((await c.worker.client.post('/api/v1/me/payouts', { amount: 5_000 })).statusCode).toBe(201);

    const expected = {
      year: 2026,
      payee: { username: c.worker.user.username, legalName: '山田 花子', address: '東京都千代田区千代田1-1' },
      amount: 100_000,
      tax: 10_000,
      withholding: 10_210,
      mustFile: true,
    };
    const received = (await c.worker.client.get('/api/v1/me/payment-records?year=2026')).json();
    expect(received.received).toMatchObject([expected]);
    expect(received.received[0].payer.username).toBe(c.client.user.username);
    const paid = (await c.client.client.get('/api/v1/me/payment-records?year=2026')).json();
    expect(paid).toMatchObject({ received: [], paid: [expected] });
    // Another member sees nothing of it; another year holds nothing.
    const other = await paidWorker(1_000, { bank: false });
    expect((await other.client.client.get('/api/v1/me/payment-records?year=2026')).json().paid).toEqual([]);
    expect((await c.worker.client.get('/api/v1/me/payment-records?year=2025')).json().received).toEqual([]);
    expect((await c.worker.client.get('/api/v1/me/payment-records?year=abc')).statusCode).toBe(400);
  });
});
