// Crash test: the process running a payout batch and the transfer marking is killed with
// SIGKILL at random moments, then started again, many times. After every kill no yen is
// lost or duplicated (the ledger is whole, every payout account holds exactly what its
// request's state says) and every request is in exactly one state with at most one
// posting per business key. PostgreSQL only: the kill must hit a real server connection.
import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectLedgerWhole } from '../../../../test/contracts';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { postgresOnly, RACE_TIMEOUT } from '../../../../test/races';
import { earningsOf, payoutOf, WORLD } from '../../../domain/ledger/recipes';
import { payoutDate } from '../../../domain/payouts/schedule';
import { loadConfig } from '../../config';
import { balanceOf, openAccounts, postTransaction } from '../../db/repositories/ledger';
import { createDeps } from '../../deps';
import { seal } from '../../security/vault';
import { createPayoutRequest } from './create-payout-request';

const onPostgres = postgresOnly('the payout crash test');

const WORKERS = 60;

describe.skipIf(!onPostgres)('payouts survive SIGKILL at any point', RACE_TIMEOUT, () => {
  let database: TestDatabase;
  let staffId: string;
  /** The transfer date the requests were promised: the batch is dated on it. */
  let paymentDate: string;

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 5 });
    const db = database.db;
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, YOROZU_DATA_DIR: './data-test' });
    const deps = createDeps({ db, config });
    const now = new Date();
    staffId = (
      await db
        .insertInto('users')
        .values({
          username: 'crash_staff',
          email: 'crash_staff@example.jp',
          staff_role: 'finance',
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    for (let i = 0; i < WORKERS; i++) {
      const user = await db
        .insertInto('users')
        .values({ username: `crash_${i}`, email: `crash_${i}@example.jp`, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      // Earnings as a balanced posting from outside, and a bank account to pay them to.
      await openAccounts(db, [earningsOf(user.id)], now);
      await postTransaction(
        db,
        { key: `test_seed:${user.id}`, postings: [{ from: WORLD, to: earningsOf(user.id), amount: 10_000 }] },
        { kind: 'test_seed' },
        now,
      );
      await db
        .insertInto('bank_accounts')
        .values({
          user_id: user.id,
          bank_code: '0001',
          bank_name: 'みずほ',
          branch_code: '100',
          branch_name: '本店',
          account_type: 'ordinary',
          number_hint: '567',
          sealed: seal(config.secret, { number: '1234567', holderName: 'ﾃｽﾄ' }, 'bank-account-v1'),
          created_at: now,
          updated_at: now,
        })
        .execute();
      await createPayoutRequest(deps, { userId: user.id, amount: 2_000 + i * 100, final: false });
    }
    paymentDate = payoutDate(now);
  });
  afterAll(async () => {
    await database?.close();
  });

  function runWorker(): ChildProcess {
    return spawn(
      process.execPath,
      ['--import', 'tsx', 'test/payout-crash-worker.ts', database.url as string, staffId, paymentDate],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
  }

  async function expectConsistent(): Promise<void> {
    await expectLedgerWhole(database.db);
    const rows = await database.db.selectFrom('payout_requests').select(['id', 'status', 'amount', 'batch_id']).execute();
    for (const r of rows) {
      // Money on its way sits in the payout account; settled money has left it.
      const held = await balanceOf(database.db, payoutOf(r.id));
      expect({ id: r.id, held }).toEqual({ id: r.id, held: r.status === 'requested' || r.status === 'batched' ? r.amount : 0 });
      if (r.status !== 'requested') expect(r.batch_id).not.toBeNull();
    }
    const keys = await database.db
      .selectFrom('ledger_transactions')
      .select((eb) => ['key', eb.fn.countAll<number>().as('n')])
      .groupBy('key')
      .having((eb) => eb.fn.countAll(), '>', 1)
      .execute();
    expect(keys).toEqual([]);
    const batches = await database.db.selectFrom('payout_batches').select('id').execute();
    expect(batches.length).toBeLessThanOrEqual(1);
  }

  it('kills the batch run and the transfer marking at random moments; nothing is lost or doubled', async () => {
    let kills = 0;
    for (let attempt = 0; attempt < 20; attempt++) {
      const child = runWorker();
      // Kill it after a random number of steps (0 = while it is still starting the batch)
      // and a random few milliseconds more, so the kill lands inside transactions too.
      const left = await database.db
        .selectFrom('payout_requests')
        .select('id')
        .where('status', 'in', ['requested', 'batched'])
        .execute();
      // Twelve kills at random points of what is left, then one run to the end.
      const afterSteps = kills < 12 ? Math.floor(Math.random() * Math.max(1, left.length / 3)) : Number.POSITIVE_INFINITY;
      const finished = new Promise<string>((resolve) => {
        let out = '';
        child.stdout?.on('data', (chunk: Buffer) => {
          out += String(chunk);
          const steps = out.split('\n').filter((l) => l.startsWith('settled') || l === 'batched').length;
          if (steps >= afterSteps) setTimeout(() => child.kill('SIGKILL'), Math.random() * 4);
        });
        child.on('exit', () => resolve(out));
      });
      const out = await finished;
      if (!out.includes('done')) kills++;
      await expectConsistent();
      if (out.includes('done')) break;
    }
    console.info(`payout crash test: ${kills} kills before the run completed`);
    expect(kills).toBeGreaterThanOrEqual(8);
    const states = await database.db.selectFrom('payout_requests').select('status').execute();
    expect(states.every((s) => s.status === 'paid' || s.status === 'failed')).toBe(true);
  });
});
