// The ledger's cached balances: members' and escrow accounts on their own row, the
// service's own accounts spread over slots, and postings on two connections that touch
// the same service accounts not waiting for each other.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectLedgerWhole } from '../../../../test/contracts';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { postgresOnly } from '../../../../test/races';
import { escrowOf, PLATFORM_FEES, TAX_PAYABLE, WORLD } from '../../../domain/ledger/recipes';
import type { Db } from '../database';
import { balanceOf, LEDGER_SLOTS, openAccounts, postTransaction } from './ledger';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ poolSize: 6 });
});
afterAll(async () => {
  await database.close();
});

/** A client pays ¥`amount` into a new escrow, then ¥`fee` of it goes to the platform. */
async function fundAndCharge(db: Db, amount: number, fee: number): Promise<string> {
  const escrow = escrowOf(randomUUID());
  const now = new Date();
  await openAccounts(db, [escrow], now);
  await postTransaction(
    db,
    { key: `test_fund:${escrow}`, postings: [{ from: WORLD, to: escrow, amount }] },
    { kind: 'escrow_fund' },
    now,
  );
  await postTransaction(
    db,
    {
      key: `test_fee:${escrow}`,
      postings: [
        { from: escrow, to: PLATFORM_FEES, amount: fee },
        { from: escrow, to: TAX_PAYABLE, amount: Math.floor(fee / 10) },
      ],
    },
    { kind: 'escrow_release' },
    now,
  );
  return escrow;
}

const slotsOf = async (db: Db, account: string) =>
  (
    await db
      .selectFrom('ledger_balance_slots')
      .select(['slot', 'balance'])
      .where('account_id', '=', account)
      .orderBy('slot')
      .execute()
  ).map((s) => ({ slot: s.slot, balance: Number(s.balance) }));

describe('cached balances', () => {
  it("keeps an escrow on its own row and adds the service accounts' movements to slots", async () => {
    const before = await balanceOf(database.db, WORLD);
    const escrow = await fundAndCharge(database.db, 11_000, 1_000);
    expect(await balanceOf(database.db, escrow)).toBe(11_000 - 1_000 - 100);
    expect(await slotsOf(database.db, escrow)).toEqual([]);
    expect(await balanceOf(database.db, WORLD)).toBe(before - 11_000);
    const fees = await slotsOf(database.db, PLATFORM_FEES);
    expect(fees.length).toBeGreaterThan(0);
    expect(fees.every((s) => s.slot >= 0 && s.slot < LEDGER_SLOTS)).toBe(true);
    await expectLedgerWhole(database.db);
  });

  it('posts a repeated business key once, service slots included', async () => {
    const escrow = escrowOf(randomUUID());
    const now = new Date();
    await openAccounts(database.db, [escrow], now);
    const world = await balanceOf(database.db, WORLD);
    const tx = { key: `test_repeat:${escrow}`, postings: [{ from: WORLD, to: escrow, amount: 5_000 }] };
    expect(await postTransaction(database.db, tx, { kind: 'escrow_fund' }, now)).toBe(true);
    expect(await postTransaction(database.db, tx, { kind: 'escrow_fund' }, now)).toBe(false);
    expect(await balanceOf(database.db, WORLD)).toBe(world - 5_000);
    expect(await balanceOf(database.db, escrow)).toBe(5_000);
    await expectLedgerWhole(database.db);
  });

  it("refuses a platform account's slot below zero (only the outside world may be negative)", async () => {
    await expect(
      database.db.insertInto('ledger_balance_slots').values({ account_id: PLATFORM_FEES, slot: 63, balance: -1 }).execute(),
    ).rejects.toThrow(/ledger_balance_slots_not_negative/);
    await expect(
      database.db
        .insertInto('ledger_balance_slots')
        .values({ account_id: TAX_PAYABLE, slot: LEDGER_SLOTS, balance: 1 })
        .execute(),
    ).rejects.toThrow(/check/);
  });
});

const onPostgres = postgresOnly('postings on two connections');

describe.skipIf(!onPostgres)('postings on two connections', () => {
  it('do not wait for each other on the service accounts', async () => {
    // Two open transactions on connections whose slots differ (a third or fourth
    // connection is tried when two share one).
    const open = [];
    const slots = new Set<number>();
    const chosen = [];
    for (let i = 0; i < 4 && chosen.length < 2; i++) {
      const trx = await database.db.startTransaction().execute();
      open.push(trx);
      const { rows } = await sql<{ slot: number }>`select (pg_backend_pid() % ${sql.lit(LEDGER_SLOTS)})::int as slot`.execute(
        trx,
      );
      const slot = Number(rows[0]?.slot);
      if (!slots.has(slot)) {
        slots.add(slot);
        chosen.push(trx);
      }
    }
    expect(chosen).toHaveLength(2);
    const [first, second] = chosen as [(typeof chosen)[number], (typeof chosen)[number]];
    const world = await balanceOf(database.db, WORLD);
    const fees = await balanceOf(database.db, PLATFORM_FEES);
    // The first posting holds its slots until it commits; the second, on the same service
    // accounts, must commit meanwhile instead of waiting (it would time out after 5 s).
    await fundAndCharge(first, 20_000, 2_000);
    await sql`set local lock_timeout = '5s'`.execute(second);
    await fundAndCharge(second, 30_000, 3_000);
    await second.commit().execute();
    await first.commit().execute();
    for (const trx of open) if (!chosen.includes(trx)) await trx.rollback().execute();

    expect(await balanceOf(database.db, WORLD)).toBe(world - 50_000);
    expect(await balanceOf(database.db, PLATFORM_FEES)).toBe(fees + 5_000);
    expect((await slotsOf(database.db, WORLD)).filter((s) => slots.has(s.slot)).length).toBe(2);
    await expectLedgerWhole(database.db);
  });
});
