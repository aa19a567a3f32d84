// Race on a service's rating, on PostgreSQL across two app instances sharing one database:
// the reviews of two orders of one service are revealed at the same moment, each on its
// own instance; the service counts both. The negative control turns the service row lock
// off and must find a rating that missed one of them.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { loggedInUser } from '../../../test/factories';
import { createService } from '../../../test/orders';
import { postgresOnly, RACE_TIMEOUT } from '../../../test/races';
import { ratingGuards } from '../services/rating';
import { acceptMilestone } from '../use-cases/contracts/accept-milestone';
import { deliverMilestone } from '../use-cases/contracts/deliver-milestone';
import { placeOrder } from '../use-cases/orders/place-order';
import { writeReview } from '../use-cases/reviews/write-review';

const onPostgres = postgresOnly('the service rating race test');
const scores = (n: number) => ({ skill: n, quality: n, schedule: n, communication: n, partnership: n });

describe.skipIf(!onPostgres)('service rating race (PostgreSQL, two instances)', RACE_TIMEOUT, () => {
  let database: TestDatabase;
  let one: TestApp;
  let two: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 20 });
    one = await startTestApp({}, { database });
    two = await startTestApp({}, { database });
  });
  afterEach(() => {
    ratingGuards.enabled = true;
    ratingGuards.delayMs = 0;
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await database?.close();
  });

  const idOf = async (username: string) =>
    (await database.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;

  /** A service with two completed orders, each reviewed by its buyer; returns the reveal of each by the seller. */
  async function twoOrdersAwaitingReveal() {
    const deps = one.app.deps;
    const sellerId = await idOf((await loggedInUser(one)).user.username);
    const service = await createService(database.db, sellerId, { capacity: 5 });
    const contracts: string[] = [];
    for (const n of [5, 3]) {
      const buyerId = await idOf((await loggedInUser(one)).user.username);
      const packageId = service.packages[0]?.id ?? '';
      const order = await placeOrder(deps, {
        buyerId,
        serviceId: service.id,
        packageId,
        optionIds: [],
        method: 'dev_card',
        expectedTotal: 10_550,
      });
      const m = await database.db
        .selectFrom('milestones')
        .select('id')
        .where('contract_id', '=', order.contractId)
        .executeTakeFirstOrThrow();
      await deliverMilestone(deps, { actorId: sellerId, milestoneId: m.id, message: '納品します。', attachmentIds: [] });
      await acceptMilestone(deps, { actorId: buyerId, milestoneId: m.id });
      await writeReview(deps, { actorId: buyerId, contractId: order.contractId, scores: scores(n), comment: '' });
      contracts.push(order.contractId);
    }
    const reveal = (app: TestApp, contractId: string) =>
      writeReview(app.app.deps, { actorId: sellerId, contractId, scores: scores(5), comment: '' });
    return {
      serviceId: service.id,
      reveals: () => Promise.all([reveal(one, contracts[0] ?? ''), reveal(two, contracts[1] ?? '')]),
    };
  }

  async function rounds(n: number, stopAtFirstMiss: boolean) {
    let missed = 0;
    for (let i = 0; i < n; i++) {
      const { serviceId, reveals } = await twoOrdersAwaitingReveal();
      await reveals();
      const s = await database.db
        .selectFrom('services')
        .select(['rating_count', 'rating_average'])
        .where('id', '=', serviceId)
        .executeTakeFirstOrThrow();
      if (s.rating_count !== 2 || Number(s.rating_average) !== 4) {
        missed++;
        if (stopAtFirstMiss) break;
      }
    }
    return missed;
  }

  it('two reveals at once both count', async () => {
    ratingGuards.delayMs = 50;
    expect(await rounds(5, false)).toBe(0);
  });

  it('negative control: without the service row lock a reveal is missed', async () => {
    ratingGuards.enabled = false;
    ratingGuards.delayMs = 50;
    expect(await rounds(5, true)).toBeGreaterThan(0);
  });
});
