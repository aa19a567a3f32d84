// Races on buying a quote, on PostgreSQL across two app instances sharing one database:
//   - purchase vs the quote's expiry (the `quote.expire` task at the end of its day, run
//     by the other instance): either the order is placed and the quote stays bought, or
//     the quote expires and the purchase is refused — never both;
//   - purchase vs the seller withdrawing the quote (POST /quotes/:id/withdraw on the other
//     instance): one wins.
// The negative controls turn the quote row lock (and the compare-and-set on its status)
// off and must find a quote both bought and expired, or bought and withdrawn.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/app';
import { expectLedgerWhole } from '../../../../test/contracts';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { loggedInUser } from '../../../../test/factories';
import { createService } from '../../../../test/orders';
import { postgresOnly, RACE_TIMEOUT } from '../../../../test/races';
import { quoteGuards } from '../../quotes/quotes';
import { expireQuote } from './expire-quote';

const onPostgres = postgresOnly('the quote race tests');
// The quotes are valid until 1 April (Japan): they end at 15:00 UTC. The buyer's instance
// is a moment before; the expiry runs a moment after.
const BEFORE = '2026-04-01T14:59:59.000Z';
const AFTER = new Date('2026-04-01T15:00:00.500Z');

describe.skipIf(!onPostgres)('quote races (PostgreSQL, two instances)', RACE_TIMEOUT, () => {
  let database: TestDatabase;
  let one: TestApp;
  let two: TestApp;
  let sellerId: string;
  /** The seller logged in on the second instance. */
  let seller: TestClient;
  /** Buyers logged in on the first instance. */
  const buyers: TestClient[] = [];

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 20 });
    one = await startTestApp({}, { database });
    two = await startTestApp({}, { database });
    const s = await loggedInUser(two);
    seller = s.client;
    sellerId = (
      await database.db.selectFrom('users').select('id').where('username', '=', s.user.username).executeTakeFirstOrThrow()
    ).id;
    for (let i = 0; i < 4; i++) buyers.push((await loggedInUser(one)).client);
    one.clock.set(BEFORE);
    two.clock.set(BEFORE);
  });
  afterEach(async () => {
    quoteGuards.enabled = true;
    quoteGuards.delayMs = 0;
    await expectLedgerWhole(database.db);
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await database?.close();
  });

  /** A fresh service, a buyer's inquiry about it and the seller's quote; the buyer's confirmed total. */
  async function openQuote(buyer: TestClient) {
    const service = await createService(database.db, sellerId, { capacity: 20 });
    const asked = await buyer.post(`/api/v1/services/${service.id}/inquiries`, { message: '見積りをお願いします' });
    expect(asked.statusCode, asked.body).toBe(201);
    const quoted = await seller.post(`/api/v1/inquiries/${asked.json().id}/quotes`, {
      price: 12_000,
      deliveryDays: 5,
      revisions: 1,
      includes: 'ロゴ2案',
      validUntil: '2026-04-01',
    });
    expect(quoted.statusCode, quoted.body).toBe(201);
    const quoteId = quoted.json().quotes[0].id as string;
    const preview = await buyer.post(`/api/v1/quotes/${quoteId}/order-preview`, {});
    expect(preview.statusCode, preview.body).toBe(200);
    return { quoteId, total: preview.json().total as number };
  }

  const purchase = (buyer: TestClient, quoteId: string, total: number) =>
    buyer.post(`/api/v1/quotes/${quoteId}/orders`, { method: 'dev_card', expectedTotal: total });
  const after = <T>(ms: number, fn: () => Promise<T>) => new Promise((r) => setTimeout(r, ms)).then(fn);

  async function rounds(
    n: number,
    stopAtFirstViolation: boolean,
    other: (quoteId: string) => Promise<boolean>,
  ): Promise<{ violations: number; outcomes: Record<string, number> }> {
    let violations = 0;
    const outcomes: Record<string, number> = {};
    for (let round = 0; round < n; round++) {
      const buyer = buyers[round % buyers.length] as TestClient;
      const { quoteId, total } = await openQuote(buyer);
      const [bought, otherWon] = await Promise.all([
        purchase(buyer, quoteId, total),
        after(Math.floor(Math.random() * 30), () => other(quoteId)),
      ]);
      expect(bought.statusCode, bought.body).toBeLessThan(500);
      const key = `${bought.statusCode === 201 ? 'bought' : bought.json().code} / ${otherWon ? 'other won' : 'other lost'}`;
      outcomes[key] = (outcomes[key] ?? 0) + 1;
      const orders = await database.db.selectFrom('service_orders').select('id').where('quote_id', '=', quoteId).execute();
      expect(orders.length).toBe(bought.statusCode === 201 ? 1 : 0);
      // Exactly one wins: the purchase or the other side, never both, never neither.
      if ((bought.statusCode === 201) === otherWon) {
        violations++;
        if (stopAtFirstViolation) break;
      }
    }
    return { violations, outcomes };
  }

  const expire = (quoteId: string) => expireQuote(two.app.deps, quoteId, AFTER);
  const withdraw = async (quoteId: string) => {
    const res = await seller.post(`/api/v1/quotes/${quoteId}/withdraw`, {});
    expect(res.statusCode, res.body).toBeLessThan(500);
    return res.statusCode === 200;
  };

  it('purchase vs expiry: one wins, for 40 rounds', async () => {
    quoteGuards.delayMs = 15;
    const { violations, outcomes } = await rounds(40, false, expire);
    console.info('quote purchase vs expiry outcomes', outcomes);
    expect(violations).toBe(0);
    expect(outcomes['bought / other lost']).toBeGreaterThan(0);
    expect(outcomes['quote-expired / other won']).toBeGreaterThan(0);
  });

  it('negative control: without the quote row lock a quote is both bought and expired', async () => {
    quoteGuards.enabled = false;
    quoteGuards.delayMs = 15;
    const { violations } = await rounds(40, true, expire);
    expect(violations).toBeGreaterThan(0);
  });

  it('purchase vs withdrawal: one wins, for 40 rounds', async () => {
    quoteGuards.delayMs = 15;
    const { violations, outcomes } = await rounds(40, false, withdraw);
    console.info('quote purchase vs withdrawal outcomes', outcomes);
    expect(violations).toBe(0);
    expect(outcomes['bought / other lost']).toBeGreaterThan(0);
    expect(outcomes['quote-withdrawn / other won']).toBeGreaterThan(0);
  });

  it('negative control: without the quote row lock a quote is both bought and withdrawn', async () => {
    quoteGuards.enabled = false;
    quoteGuards.delayMs = 15;
    const { violations } = await rounds(40, true, withdraw);
    expect(violations).toBeGreaterThan(0);
  });
});
