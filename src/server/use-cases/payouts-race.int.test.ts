// Races on payouts, on PostgreSQL across two app instances:
//   - 20 simultaneous requests for the whole balance: exactly one succeeds, the balance
//     never goes below zero;
//   - two batch runs at once: one batch, no request in two batches.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../test/app';
import { deliver, expectLedgerWhole, fundByCard, hiredContract, type Party, staffMember } from '../../../test/contracts';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { postgresOnly, RACE_TIMEOUT } from '../../../test/races';

const onPostgres = postgresOnly('the payout race tests');

describe.skipIf(!onPostgres)('payout races (PostgreSQL, two instances)', RACE_TIMEOUT, () => {
  let database: TestDatabase;
  let one: TestApp;
  let two: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 30 });
    one = await startTestApp({}, { database });
    two = await startTestApp({}, { database });
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await database?.close();
  });

  async function onTwo(party: Party): Promise<TestClient> {
    const c = await two.client();
    await c.post('/api/v1/auth/login', { email: party.user.email, password: party.user.password });
    return c;
  }

  async function paidWorker(): Promise<Party> {
    const c = await hiredContract(one, { amount: 10_000 });
    await fundByCard(c);
    await deliver(c);
    await c.client.client.post(`/api/v1/milestones/${c.milestoneId}/accept`, {});
    await c.worker.client.put('/api/v1/me/bank-account', {
      bankCode: '0005',
      branchCode: '001',
      accountType: 'ordinary',
      accountNumber: '0012345',
      holderName: 'テスト タロウ',
      password: c.worker.user.password,
    });
    return c.worker;
  }

  it('20 simultaneous requests for the whole balance: exactly one succeeds (10 rounds)', async () => {
    for (let round = 0; round < 10; round++) {
      const worker = await paidWorker();
      const other = await onTwo(worker);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 ? other : worker.client).post('/api/v1/me/payouts', { amount: 8_580 })),
      );
      for (const r of results) expect(r.statusCode, r.body).toBeLessThan(500);
      expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
      expect((await worker.client.get('/api/v1/me/payouts')).json()).toMatchObject({ balance: 0, items: [{ amount: 8_580 }] });
    }
    await expectLedgerWhole(database.db);
  });

  it('two batch runs at once make one batch, and no request is in two', async () => {
    const financeOne = await staffMember(one, 'finance');
    const financeTwo = await onTwo(financeOne);
    for (let round = 0; round < 10; round++) {
      const worker = await paidWorker();
      await worker.client.post('/api/v1/me/payouts', { amount: 5_000 });
      const [a, b] = await Promise.all([
        financeOne.client.post('/api/v1/staff/payout-batches', { paymentDate: '2026-04-30' }),
        financeTwo.post('/api/v1/staff/payout-batches', { paymentDate: '2026-04-30' }),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    }
    const twice = await database.db.selectFrom('payout_requests').select('id').where('status', '=', 'requested').execute();
    expect(twice).toEqual([]);
    await expectLedgerWhole(database.db);
  });
});
