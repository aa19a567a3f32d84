// Races on buying a service, on PostgreSQL across two app instances sharing one database:
//   - purchases against the capacity: never more orders in progress than the service takes;
//   - purchase vs the seller hiding the service (POST /services/:id/status): either the
//     order is placed before the hide (and the seller's answer counts it) or the purchase
//     is refused — never an order placed on a service already hidden.
// The negative controls turn the service row lock off and must find a violation.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/app';
import { expectLedgerWhole, type Party } from '../../../../test/contracts';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { loggedInUser } from '../../../../test/factories';
import { buy, createService } from '../../../../test/orders';
import { postgresOnly, RACE_TIMEOUT } from '../../../../test/races';
import { orderGuards, ordersInProgress } from '../../orders/choice';

const onPostgres = postgresOnly('the order race tests');

describe.skipIf(!onPostgres)('order races (PostgreSQL, two instances)', RACE_TIMEOUT, () => {
  let database: TestDatabase;
  let one: TestApp;
  let two: TestApp;
  let seller: Party;
  let sellerId: string;
  /** The seller logged in on the second instance. */
  let sellerTwo: TestClient;
  /** Buyers logged in on alternate instances. */
  const buyers: TestClient[] = [];

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 20 });
    one = await startTestApp({}, { database });
    two = await startTestApp({}, { database });
    seller = await loggedInUser(one);
    sellerId = (
      await database.db.selectFrom('users').select('id').where('username', '=', seller.user.username).executeTakeFirstOrThrow()
    ).id;
    sellerTwo = await two.client();
    await sellerTwo.post('/api/v1/auth/login', { email: seller.user.email, password: seller.user.password });
    for (let i = 0; i < 6; i++) {
      const buyer = await loggedInUser(one);
      const app = i % 2 === 0 ? one : two;
      const c = await app.client();
      await c.post('/api/v1/auth/login', { email: buyer.user.email, password: buyer.user.password });
      buyers.push(c);
    }
  });
  afterEach(async () => {
    orderGuards.enabled = true;
    orderGuards.delayMs = 0;
    await expectLedgerWhole(database.db);
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await database?.close();
  });

  async function capacityRounds(rounds: number, stopAtFirstViolation: boolean) {
    let violations = 0;
    const outcomes: Record<string, number> = {};
    for (let round = 0; round < rounds; round++) {
      const service = await createService(database.db, sellerId, { capacity: 2 });
      const answers = await Promise.all(buyers.map((c) => buy(c, service)));
      for (const res of answers) {
        expect(res.statusCode, res.body).toBeLessThan(500);
        const key = `${res.statusCode}${res.statusCode >= 400 ? ` ${res.json().code}` : ''}`;
        outcomes[key] = (outcomes[key] ?? 0) + 1;
      }
      const placed = answers.filter((r) => r.statusCode === 201).length;
      const live = await ordersInProgress(database.db, service.id);
      expect(live).toBe(placed);
      if (live > 2) {
        violations++;
        if (stopAtFirstViolation) break;
      }
    }
    return { violations, outcomes };
  }

  it('six buyers at once against a capacity of two: never more than two orders, for 15 rounds', async () => {
    const { violations, outcomes } = await capacityRounds(15, false);
    console.info('capacity race outcomes', outcomes);
    expect(violations).toBe(0);
    expect(outcomes['201']).toBe(30);
    expect(outcomes['409 service-capacity-full']).toBe(60);
  });

  it('negative control: without the service row lock the capacity is overrun', async () => {
    orderGuards.enabled = false;
    orderGuards.delayMs = 20;
    const { violations } = await capacityRounds(15, true);
    expect(violations).toBeGreaterThan(0);
  });

  /**
   * The seller hides the service (非公開にする) on the other instance; the answer says how
   * many orders in progress the service kept, as the seller saw it once hidden.
   */
  async function hide(serviceId: string): Promise<number> {
    const res = await sellerTwo.post(`/api/v1/services/${serviceId}/status`, { action: 'hide' });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().ordersInProgress;
  }

  async function hideRounds(rounds: number, stopAtFirstViolation: boolean) {
    let violations = 0;
    const outcomes: Record<string, number> = {};
    for (let round = 0; round < rounds; round++) {
      const service = await createService(database.db, sellerId, { capacity: 5 });
      const buyer = buyers[round % buyers.length] as TestClient;
      const offset = Math.floor(Math.random() * 30);
      const [bought, keptOrders] = await Promise.all([
        buy(buyer, service),
        new Promise((r) => setTimeout(r, offset)).then(() => hide(service.id)),
      ]);
      expect(bought.statusCode, bought.body).toBeLessThan(500);
      const key = `${bought.statusCode}${bought.statusCode >= 400 ? ` ${bought.json().code}` : ''}`;
      outcomes[key] = (outcomes[key] ?? 0) + 1;
      // An order the hide did not see was placed on a hidden service.
      const live = await ordersInProgress(database.db, service.id);
      if (live > keptOrders) {
        violations++;
        if (stopAtFirstViolation) break;
      }
    }
    return { violations, outcomes };
  }

  it('purchase vs hide: one wins, for 60 rounds', async () => {
    orderGuards.delayMs = 15;
    const { violations, outcomes } = await hideRounds(60, false);
    console.info('purchase vs hide outcomes', outcomes);
    expect(violations).toBe(0);
    expect(outcomes['201']).toBeGreaterThan(0);
    expect(outcomes['409 service-not-on-sale']).toBeGreaterThan(0);
  });

  it('negative control: without the service row lock an order lands on a hidden service', async () => {
    orderGuards.enabled = false;
    orderGuards.delayMs = 15;
    const { violations } = await hideRounds(60, true);
    expect(violations).toBeGreaterThan(0);
  });
});
