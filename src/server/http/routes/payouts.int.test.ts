// Payouts through HTTP: a worker with earnings registers a bank account and requests a
// payout (every bad input refused, the transfer date shown), staff batch it, download the
// Zengin file (the same bytes every time), and mark transfers done or failed; the ledger
// stays whole and withdrawal waits for payouts in flight.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { deliver, expectLedgerWhole, fundByCard, hiredContract, type Party, staffMember } from '../../../../test/contracts';
import { RECORD_BYTES } from '../../../domain/payouts/zengin';

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

/** A worker paid ¥8,580 for a ¥10,000 contract, with a bank account when asked. */
async function paidWorker(withBank = true): Promise<Party> {
  const c = await hiredContract(t, { amount: 10_000 });
  await fundByCard(c);
  await deliver(c);
  await c.client.client.post(`/api/v1/milestones/${c.milestoneId}/accept`, {});
  if (withBank) {
    const res = await c.worker.client.put('/api/v1/me/bank-account', {
      bankCode: '0005',
      branchCode: '001',
      accountType: 'ordinary',
      accountNumber: '0012345',
      holderName: 'テスト タロウ',
      password: c.worker.user.password,
    });
    if (res.statusCode !== 200) throw new Error(res.body);
  }
  return c.worker;
}

/**
 * Staff mark a transfer done on its transfer date: the test clock stands on 1 April 2026
 * and the batches are dated Thursday 30 April, so the clock moves there for the call.
 */
async function markDone(payoutId: string) {
  const before = t.clock();
  t.clock.set('2026-04-30T01:00:00Z');
  try {
    return await finance.client.post(`/api/v1/staff/payouts/${payoutId}/done`, {});
  } finally {
    t.clock.set(before);
  }
}

describe('payout requests', () => {
  it('shows the rules and the transfer date before asking; refuses every bad amount without moving money', async () => {
    const worker = await paidWorker();
    const before = (await worker.client.get('/api/v1/me/payouts')).json();
    // The test clock is 1 April 2026: requests up to the 15th are paid at month end (Thursday 30 April).
    expect(before).toMatchObject({
      balance: 8_580,
      minimum: 1_000,
      fee: 500,
      nextScheduledDate: '2026-04-30',
      hasBankAccount: true,
      items: [],
    });
    for (const [amount, status, code] of [
      [999, 400, 'payout-below-minimum'],
      [8_581, 400, 'payout-exceeds-balance'],
      [1500.5, 400, 'not-integer'],
      ['５０００', 400, 'invalid-type'],
      [-1, 400, 'too-small'],
    ] as const) {
      const res = await worker.client.post('/api/v1/me/payouts', { amount });
      expect({ amount, status: res.statusCode, code: res.json().errors?.[0]?.code }).toEqual({ amount, status, code });
    }
    const final = await worker.client.post('/api/v1/me/payouts', { amount: 5_000, final: true });
    expect(final.json().errors[0]).toMatchObject({ pointer: '/amount', code: 'payout-final-must-be-whole' });
    expect((await worker.client.get('/api/v1/me/payouts')).json().balance).toBe(8_580);
  });

  it('needs a bank account', async () => {
    const worker = await paidWorker(false);
    const res = await worker.client.post('/api/v1/me/payouts', { amount: 5_000 });
    expect({ status: res.statusCode, code: res.json().code }).toEqual({ status: 409, code: 'bank-account-required' });
  });

  it('request → batch → Zengin file → done; another → failed and back to the balance', async () => {
    const worker = await paidWorker();
    const first = await worker.client.post('/api/v1/me/payouts', { amount: 5_000 }, { 'idempotency-key': 'p-1' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ amount: 5_000, fee: 500, net: 4_500, status: 'requested', scheduledDate: '2026-04-30' });
    const replay = await worker.client.post('/api/v1/me/payouts', { amount: 5_000 }, { 'idempotency-key': 'p-1' });
    expect(replay.json().id).toBe(first.json().id);
    expect((await worker.client.get('/api/v1/me/payouts')).json().balance).toBe(3_580);
    const precheck = (await worker.client.get('/api/v1/me/withdrawal')).json();
    const inFlight = precheck.blockers.find((b: { code: string }) => b.code === 'payouts-in-flight');
    expect(inFlight.items[0]).toMatchObject({
      title: expect.stringContaining('2026-04-30'),
      clearsAt: null,
      expectedAt: '2026-04-30T06:00:00.000Z',
      expectedBy: 'transfer',
    });

    // Staff batch everything due by the payment date; a second run finds nothing.
    const batch = await finance.client.post('/api/v1/staff/payout-batches', { paymentDate: '2026-04-30' });
    expect(batch.statusCode, batch.body).toBe(201);
    const mine = batch.json().items.find((i: { id: string }) => i.id === first.json().id);
    expect(mine).toMatchObject({ status: 'batched', net: 4_500 });
    const listed = (await finance.client.get('/api/v1/staff/payout-batches')).json().items;
    expect(listed.find((b: { id: string }) => b.id === batch.json().id)).toMatchObject({
      count: batch.json().count,
      total: batch.json().total,
      open: batch.json().count,
    });
    const again = await finance.client.post('/api/v1/staff/payout-batches', { paymentDate: '2026-04-30' });
    expect(again.json().code).toBe('payout-batch-empty');

    // The file: 120-byte records (header, data…, trailer, end) with CR LF, the same bytes twice.
    const url = `/api/v1/staff/payout-batches/${batch.json().id}/zengin`;
    const file = await finance.client.get(url);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain('zengin-20260430');
    const bytes = file.rawPayload;
    expect(bytes.length).toBe((batch.json().count + 3) * (RECORD_BYTES + 2));
    expect(Buffer.compare(bytes, (await finance.client.get(url)).rawPayload)).toBe(0);
    const data = bytes.subarray(RECORD_BYTES + 2, 2 * (RECORD_BYTES + 2));
    expect(data.subarray(0, 5).toString('latin1')).toBe('20005');
    expect(data.subarray(42, 50).toString('latin1')).toBe('10012345');
    expect((await worker.client.get(url)).statusCode).toBe(403);

    const done = await markDone(first.json().id);
    expect(done.json()).toMatchObject({ status: 'paid' });
    expect((await markDone(first.json().id)).json().code).toBe('payout-transition-invalid');
    const history = (await worker.client.get('/api/v1/me/payouts')).json();
    expect(history.items[0]).toMatchObject({ status: 'paid', net: 4_500 });
    expect((await worker.client.get('/api/v1/me/withdrawal')).json().blockers.map((b: { code: string }) => b.code)).toEqual([
      'earnings-balance',
    ]);

    // A failed transfer returns the money and tells the worker why.
    const second = (await worker.client.post('/api/v1/me/payouts', { amount: 3_580, final: true })).json();
    expect(second).toMatchObject({ fee: 0, net: 3_580, final: true });
    await finance.client.post('/api/v1/staff/payout-batches', { paymentDate: '2026-04-30' });
    const failed = await finance.client.post(`/api/v1/staff/payouts/${second.id}/fail`, { reason: '口座番号が存在しません' });
    expect(failed.json()).toMatchObject({ status: 'failed', failureReason: '口座番号が存在しません' });
    expect((await worker.client.get('/api/v1/me/payouts')).json().balance).toBe(3_580);
    const notices = (await worker.client.get('/api/v1/me/notifications')).json().items.map((n: { kind: string }) => n.kind);
    expect(notices).toEqual(expect.arrayContaining(['payout.requested', 'payout.paid', 'payout.failed']));
    const month = (await worker.client.get('/api/v1/me/statements')).json();
    expect(month.lines.map((l: { label: string; amount: number }) => [l.label, l.amount])).toEqual(
      expect.arrayContaining([
        ['振込申請', -5_000],
        ['振込申請', -3_580],
        ['振込失敗による返金', 3_580],
      ]),
    );
    const audit = await t.database.db.selectFrom('audit_events').select('action').where('action', 'like', 'payout.%').execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['payout.batch', 'payout.paid', 'payout.failed']));
  });

  it('a batch is dated on a bank business day that keeps the promised date; a transfer is done on its date, not before', async () => {
    const worker = await paidWorker();
    const payout = (await worker.client.post('/api/v1/me/payouts', { amount: 5_000 })).json();
    expect(payout.scheduledDate).toBe('2026-04-30');
    const build = (paymentDate: string) => finance.client.post('/api/v1/staff/payout-batches', { paymentDate });
    // A Saturday in Golden Week: refused, with the business days around it.
    const saturday = await build('2026-05-02');
    expect({ status: saturday.statusCode, ...saturday.json() }).toMatchObject({
      status: 422,
      code: 'payout-date-not-business-day',
      title: 'この日は銀行の営業日ではありません',
      previous: '2026-05-01',
      next: '2026-05-07',
    });
    // Before today (1 April in Japan), and an impossible date.
    expect((await build('2026-03-31')).json()).toMatchObject({ code: 'payout-date-past', today: '2026-04-01' });
    const impossible = await build('2026-02-30');
    expect({ status: impossible.statusCode, code: impossible.json().errors?.[0]?.code }).toEqual({
      status: 400,
      code: 'date-invalid',
    });
    // Later than the date the worker was promised.
    const late = await build('2026-05-15');
    expect({ status: late.statusCode, ...late.json() }).toMatchObject({
      status: 409,
      code: 'payout-date-after-promise',
      promisedDate: '2026-04-30',
      latest: '2026-04-30',
    });
    expect((await finance.client.get('/api/v1/staff/payouts')).json().items.map((p: { id: string }) => p.id)).toContain(
      payout.id,
    );
    // On the promised date: built. Not done before that date; failure may be recorded at any time.
    const batch = await build('2026-04-30');
    expect(batch.statusCode, batch.body).toBe(201);
    const early = await finance.client.post(`/api/v1/staff/payouts/${payout.id}/done`, {});
    expect({ status: early.statusCode, ...early.json() }).toMatchObject({
      status: 409,
      code: 'payout-before-transfer-date',
      transferDate: '2026-04-30',
    });
    expect((await worker.client.get('/api/v1/me/payouts')).json().items[0]).toMatchObject({ status: 'batched' });
    expect((await markDone(payout.id)).json()).toMatchObject({ status: 'paid' });
  });

  it('the yearly summary lists the year’s fees with tax, withholding, system fees and transfers', async () => {
    const worker = await paidWorker();
    const payout = (await worker.client.post('/api/v1/me/payouts', { amount: 5_000 })).json();
    await finance.client.post('/api/v1/staff/payout-batches', { paymentDate: '2026-04-30' });
    await markDone(payout.id);
    const summary = (await worker.client.get('/api/v1/me/statements/yearly?year=2026')).json();
    expect(summary).toMatchObject({
      year: 2026,
      lines: [{ gross: 11_000, tax: 1_000, withholding: 0, fees: 2_420, net: 8_580 }],
      totals: { gross: 11_000, net: 8_580, paidOut: 4_500, payoutFees: 500 },
    });
    expect((await worker.client.get('/api/v1/me/statements/yearly?year=2025')).json().lines).toEqual([]);
    expect((await worker.client.get('/api/v1/me/statements/yearly?year=１９')).statusCode).toBe(400);
  });

  it('the sealed destination of settled payouts is erased at withdrawal', async () => {
    const worker = await paidWorker();
    const payout = (await worker.client.post('/api/v1/me/payouts', { amount: 8_580, final: true })).json();
    await finance.client.post('/api/v1/staff/payout-batches', { paymentDate: '2026-04-30' });
    await markDone(payout.id);
    const left = await worker.client.post('/api/v1/me/withdrawal', {
      reasons: [],
      otherReason: '',
      password: worker.user.password,
      eraseNow: true,
    });
    expect(left.statusCode, left.body).toBe(200);
    const row = await t.database.db
      .selectFrom('payout_requests')
      .select(['sealed', 'amount'])
      .where('id', '=', payout.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ sealed: null, amount: 8_580 });
    // Staff still see the bank and branch by name (from the bank list by code), not the codes.
    const batchId = (await finance.client.get('/api/v1/staff/payouts?status=all'))
      .json()
      .items.find((p: { id: string }) => p.id === payout.id).batchId;
    const item = (await finance.client.get(`/api/v1/staff/payout-batches/${batchId}`))
      .json()
      .items.find((p: { id: string }) => p.id === payout.id);
    expect(item.bank).toEqual({ bankName: '三菱ＵＦＪ', branchName: '本店', numberMasked: '****345' });
  });

  describe('scheduled withdrawal (予約退会)', () => {
    const withdraw = (c: Party, schedule: boolean) =>
      c.client.post('/api/v1/me/withdrawal', {
        reasons: ['other'],
        otherReason: '',
        password: c.user.password,
        eraseNow: true,
        schedule,
      });

    async function scheduled(): Promise<{ worker: Party; payoutId: string }> {
      const worker = await paidWorker();
      const payout = (await worker.client.post('/api/v1/me/payouts', { amount: 8_580, final: true })).json();
      const precheck = (await worker.client.get('/api/v1/me/withdrawal')).json();
      expect(precheck).toMatchObject({ eligible: false, schedulable: true, scheduled: null });
      const refused = await withdraw(worker, false);
      expect(refused.json()).toMatchObject({ code: 'withdrawal-blocked', schedulable: true });
      const res = await withdraw(worker, true);
      expect(res.statusCode, res.body).toBe(202);
      expect(res.json()).toEqual({ scheduled: true, completesAfter: '2026-04-30T06:00:00.000Z' });
      return { worker, payoutId: payout.id };
    }

    it('completes by itself when the last transfer is marked done', async () => {
      const { worker, payoutId } = await scheduled();
      expect((await worker.client.get('/api/v1/me/withdrawal')).json().scheduled).toMatchObject({
        completesAfter: '2026-04-30T06:00:00.000Z',
      });
      const tried = await worker.client.put('/api/v1/me/bank-account', {
        bankCode: '0001',
        branchCode: '100',
        accountType: 'ordinary',
        accountNumber: '1111111',
        holderName: 'テスト',
        password: worker.user.password,
      });
      // No new actions while withdrawing: the payout in flight goes to the account it was requested for.
      expect({ status: tried.statusCode, code: tried.json().code }).toEqual({ status: 409, code: 'account-withdrawing' });
      await finance.client.post('/api/v1/staff/payout-batches', { paymentDate: '2026-04-30' });
      // The answer comes after the withdrawal completed in the same transaction: the bank
      // and branch are still named (the member changed the account meanwhile: the payout
      // keeps the one it was requested to).
      const done = await markDone(payoutId);
      expect(done.json()).toMatchObject({ status: 'paid', bank: { bankName: '三菱ＵＦＪ', branchName: '本店' } });
      const user = await t.database.db
        .selectFrom('users')
        .select(['status', 'email'])
        .where('username', '=', worker.user.username)
        .executeTakeFirstOrThrow();
      expect(user).toEqual({ status: 'withdrawn', email: null });
      expect((await worker.client.get('/api/v1/me/withdrawal')).statusCode).toBe(401);
      // The last mail says the last transfer was made, and where to (it was written on the
      // transfer date, so the mail is read from there).
      const before = t.clock();
      t.clock.set('2026-04-30T02:00:00Z');
      const [last] = await t.mailsTo(worker.user.email).finally(() => t.clock.set(before));
      expect(last?.subject).toBe('【よろず】退会手続きが完了しました');
      expect(last?.body).toContain('¥8,580 を、ご登録の口座(口座番号の末尾 345)に振り込みました');
    });

    it('is cancelled, with the reason, when the transfer fails; and the member can cancel it', async () => {
      const { worker, payoutId } = await scheduled();
      await finance.client.post('/api/v1/staff/payout-batches', { paymentDate: '2026-04-30' });
      await finance.client.post(`/api/v1/staff/payouts/${payoutId}/fail`, { reason: '口座が解約されています' });
      const user = await t.database.db
        .selectFrom('users')
        .select('status')
        .where('username', '=', worker.user.username)
        .executeTakeFirstOrThrow();
      expect(user.status).toBe('active');
      const notices = (await worker.client.get('/api/v1/me/notifications')).json().items.map((n: { kind: string }) => n.kind);
      expect(notices).toContain('withdrawal.schedule_cancelled');
      // Scheduled again, then cancelled by the member.
      await worker.client.post('/api/v1/me/payouts', { amount: 8_580, final: true });
      expect((await withdraw(worker, true)).statusCode).toBe(202);
      expect((await worker.client.post('/api/v1/me/withdrawal/cancel', {})).statusCode).toBe(200);
      expect((await worker.client.post('/api/v1/me/withdrawal/cancel', {})).json().code).toBe('no-scheduled-withdrawal');
    });

    it('a withdrawing member cannot start anything new', async () => {
      const { worker } = await scheduled();
      // The app knows, to say so before the member writes anything.
      expect((await worker.client.get('/api/v1/session')).json().user.withdrawing).toBe(true);
      const client = await paidWorker();
      expect((await client.client.get('/api/v1/session')).json().user.withdrawing).toBe(false);
      const job = (await client.client.post('/api/v1/jobs', (await import('../../../../test/factories')).jobInput(t))).json();
      const applied = await worker.client.post(`/api/v1/jobs/${job.id}/applications`, {
        proposal: 'よろしくお願いします',
        quotedAmount: 10_000,
        deliveryDays: 7,
      });
      expect({ status: applied.statusCode, code: applied.json().code }).toEqual({ status: 409, code: 'account-withdrawing' });
    });
  });

  it('staff pages are for finance only', async () => {
    const support = await staffMember(t, 'support');
    expect((await support.client.get('/api/v1/staff/payouts')).statusCode).toBe(403);
    const worker = await paidWorker();
    expect((await worker.client.post('/api/v1/staff/payout-batches', { paymentDate: '2026-04-30' })).statusCode).toBe(403);
  });
});
