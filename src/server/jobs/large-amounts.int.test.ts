// Amounts past 32-bit integers: a task budget over the stated maximum is a field error
// (it answered 500 when its escrow overflowed an integer column), the largest escrow by
// bank transfer can be confirmed by staff, and a payout of billions of yen is requested,
// batched, written to the Zengin file and paid with the ledger whole.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import { expectLedgerWhole, staffMember } from '../../../test/contracts';
import { loggedInUser, taskInput } from '../../../test/factories';
import { earningsOf, jobEscrowOf } from '../../domain/ledger/recipes';
import { ESCROW_MAX, WORK_BUDGET_MAX } from '../../domain/money/limits';
import { balanceOf, openAccounts, postTransaction } from '../db/repositories/ledger';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await expectLedgerWhole(t.database.db);
});
afterAll(async () => {
  await t?.close();
});

const jobCount = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('jobs')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('large task escrows', () => {
  it('a task budget over ¥1,000,000,000 is a field error, never a 500', async () => {
    const { client } = await loggedInUser(t);
    const before = await jobCount();
    for (const taskSlots of [10_000, 2_100, 1_001]) {
      for (const publish of [false, true]) {
        const res = await client.post('/api/v1/jobs', taskInput(t, { taskSlots, taskUnitPrice: 1_000_000, publish }));
        expect({ taskSlots, status: res.statusCode, body: res.json() }).toMatchObject({
          taskSlots,
          status: 400,
          body: { code: 'validation-failed', errors: [{ pointer: '/taskSlots', code: 'task-budget-too-big' }] },
        });
        expect(res.json().errors[0].detail).toContain('1,000,000,000');
      }
    }
    expect(await jobCount()).toBe(before);
    expect(WORK_BUDGET_MAX).toBe(1_000_000_000);
  });

  it('the largest task, ¥1,055,000,000 with the client fee, is paid by bank transfer and confirmed by staff', async () => {
    const { client } = await loggedInUser(t);
    const draft = await client.post('/api/v1/jobs', taskInput(t, { taskSlots: 1_000, taskUnitPrice: 1_000_000, publish: false }));
    expect(draft.statusCode).toBe(201);
    const jobId = draft.json().id as string;
    expect(draft.json().work.money).toMatchObject({ units: 1_000, unitEscrow: 1_055_000, total: 1_055_000_000 });
    const fund = await client.post(`/api/v1/jobs/${jobId}/fund`, { method: 'bank_transfer' });
    expect(fund.statusCode).toBe(200);
    const finance = await staffMember(t, 'finance');
    const deposit = (await finance.client.get('/api/v1/staff/deposits?status=pending'))
      .json()
      .items.find((d: { job: { id: string } | null }) => d.job?.id === jobId);
    expect(deposit.amount).toBe(1_055_000_000);
    expect(deposit.amount).toBeLessThanOrEqual(ESCROW_MAX);
    const confirmed = await finance.client.post(`/api/v1/staff/deposits/${deposit.id}/confirm`, {
      receivedAmount: 1_055_000_000,
    });
    expect(confirmed.statusCode).toBe(200);
    expect(await balanceOf(t.database.db, jobEscrowOf(jobId))).toBe(1_055_000_000);
    expect((await client.get(`/api/v1/jobs/${jobId}`)).json()).toMatchObject({ status: 'open', budget: { max: 1_000_000_000 } });
    // The confirm limit is the largest escrow there can be.
    const tooBig = await finance.client.post(`/api/v1/staff/deposits/${deposit.id}/confirm`, { receivedAmount: ESCROW_MAX + 1 });
    expect(tooBig.json()).toMatchObject({ code: 'validation-failed', errors: [{ pointer: '/receivedAmount', code: 'too-big' }] });
  });
});

describe('large payouts', () => {
  it('¥2,500,000,000 of earnings are requested, batched, written to the Zengin file and paid', async () => {
    const worker = await loggedInUser(t);
    const bank = await worker.client.put('/api/v1/me/bank-account', {
      bankCode: '0005',
      branchCode: '001',
      accountType: 'ordinary',
      accountNumber: '0012345',
      holderName: 'テスト タロウ',
      password: worker.user.password,
    });
    expect(bank.statusCode).toBe(200);
    const user = await t.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', worker.user.email)
      .executeTakeFirstOrThrow();
    const amount = 2_500_000_000;
    // Earnings as many approved tasks would leave them, posted in one balanced transaction.
    await t.database.db.transaction().execute(async (trx) => {
      await openAccounts(trx, [earningsOf(user.id)], t.clock());
      await postTransaction(
        trx,
        { key: `test_earnings:${user.id}`, postings: [{ from: 'world', to: earningsOf(user.id), amount }] },
        { kind: 'test_earnings' },
        t.clock(),
      );
    });
    const requested = await worker.client.post('/api/v1/me/payouts', { amount: 2_500_000_000, final: false });
    expect(requested.statusCode).toBe(201);
    expect(requested.json()).toMatchObject({ amount, fee: 500, net: amount - 500 });
    const finance = await staffMember(t, 'finance');
    const batch = await finance.client.post('/api/v1/staff/payout-batches', { paymentDate: requested.json().scheduledDate });
    expect(batch.statusCode).toBe(201);
    expect(batch.json()).toMatchObject({ count: 1, total: amount - 500 });
    const file = await finance.client.get(`/api/v1/staff/payout-batches/${batch.json().id}/zengin`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.subarray(122 + 80, 122 + 90).toString('latin1')).toBe(String(amount - 500).padStart(10, '0'));
    // A transfer is marked done on its transfer date.
    t.clock.set(`${requested.json().scheduledDate}T01:00:00Z`);
    const done = await finance.client.post(`/api/v1/staff/payouts/${requested.json().id}/done`, {});
    expect(done.statusCode).toBe(200);
    expect(await balanceOf(t.database.db, earningsOf(user.id))).toBe(0);
  });
});
