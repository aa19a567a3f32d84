// Races on the automatic payout run, on PostgreSQL across two app instances: the run of
// one payment date made by both at once (the scheduled task on one, a second run or the
// batch build on the other) makes one request per member and date, the ledger balanced.
// The negative control runs without the shared lock: the run row's primary key still
// refuses a second request (one run fails, nothing is paid twice).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliver, expectLedgerWhole, fundByCard, hiredContract, type Party } from '../../../../test/contracts';
import { closeInstances, postgresOnly, RACE_TIMEOUT, type TwoInstances, twoInstances } from '../../../../test/races';
import { inTransaction } from '../../db/transaction';
import { runAutomaticPayouts } from '../../payouts/automatic-payouts';
import { createAutomaticPayoutRequests } from './create-automatic-payout-requests';

const onPostgres = postgresOnly('the automatic payout race tests');

describe.skipIf(!onPostgres)('automatic payout races (PostgreSQL, two instances)', RACE_TIMEOUT, () => {
  let pair: TwoInstances;
  beforeAll(async () => {
    pair = await twoInstances();
  });
  afterAll(async () => {
    await closeInstances(pair);
  });

  async function automaticWorker(): Promise<Party> {
    const c = await hiredContract(pair.one, { amount: 10_000 });
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
    await c.worker.client.put('/api/v1/me/payout-settings', { automatic: true });
    return c.worker;
  }

  async function requestsOf(worker: Party, date: string) {
    const rows = await sql<{ n: number }>`select count(*)::int as n from payout_requests p join users u on u.id = p.user_id
      where u.username = ${worker.user.username} and p.scheduled_date = ${date}`.execute(pair.database.db);
    return rows.rows[0]?.n;
  }

  it('two runs of one date at once: one request per member', async () => {
    const workers = [await automaticWorker(), await automaticWorker(), await automaticWorker()];
    for (let round = 0; round < 3; round++) {
      const date = ['2026-04-15', '2026-04-30', '2026-05-15'][round] as string;
      if (round > 0) for (const w of workers) await w.client.put('/api/v1/me/payout-settings', { automatic: true });
      await Promise.all([
        createAutomaticPayoutRequests(pair.one.app.deps, date),
        createAutomaticPayoutRequests(pair.two.app.deps, date),
      ]);
      if (round === 0) for (const w of workers) expect(await requestsOf(w, date)).toBe(1);
    }
    await expectLedgerWhole(pair.database.db);
  });

  it('negative control: without the shared lock the unique key still allows one request', async () => {
    const worker = await automaticWorker();
    const run = (deps: typeof pair.one.app.deps) =>
      inTransaction(deps.db, (trx) => runAutomaticPayouts(trx, deps, '2026-06-15', deps.clock()));
    const results = await Promise.allSettled([run(pair.one.app.deps), run(pair.two.app.deps)]);
    expect(await requestsOf(worker, '2026-06-15')).toBe(1);
    // Both may succeed (the second waits on the earnings row and then finds the run row)
    // or one fails on the key; never two requests.
    expect(results.filter((r) => r.status === 'fulfilled').length).toBeGreaterThanOrEqual(1);
    await expectLedgerWhole(pair.database.db);
  });
});
