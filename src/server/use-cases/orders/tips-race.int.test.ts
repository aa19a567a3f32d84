// Retried tips racing each other, on PostgreSQL across two app instances sharing one
// database: the same tip sent several times at once with one Idempotency-Key (a client
// retrying on a timeout, from two tabs) is one tip, one deposit and one ledger posting,
// and every answer is the first one. The negative control sends the same requests
// without a key and must find more than one tip: the count can see a double.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/app';
import { expectLedgerWhole, type Party } from '../../../../test/contracts';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { loggedInUser } from '../../../../test/factories';
import { buy, createService } from '../../../../test/orders';
import { postgresOnly, RACE_TIMEOUT } from '../../../../test/races';
import { balanceOf } from '../../db/repositories/ledger';

const onPostgres = postgresOnly('the tip race tests');

describe.skipIf(!onPostgres)('tip retries (PostgreSQL, two instances)', RACE_TIMEOUT, () => {
  let database: TestDatabase;
  let one: TestApp;
  let two: TestApp;
  let sellerId: string;
  let orderId: string;
  /** The buyer logged in on each instance. */
  const buyer: TestClient[] = [];

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 20 });
    one = await startTestApp({}, { database });
    two = await startTestApp({}, { database });
    const seller: Party = await loggedInUser(one);
    sellerId = (
      await database.db.selectFrom('users').select('id').where('username', '=', seller.user.username).executeTakeFirstOrThrow()
    ).id;
    const service = await createService(database.db, sellerId);
    const b: Party = await loggedInUser(one);
    const order = await buy(b.client, service);
    expect(order.statusCode, order.body).toBe(201);
    orderId = order.json().id;
    buyer.push(b.client);
    const other = await two.client();
    await other.post('/api/v1/auth/login', { email: b.user.email, password: b.user.password });
    buyer.push(other);
  });
  afterEach(async () => {
    await expectLedgerWhole(database.db);
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await database?.close();
  });

  const body = { amount: 1_000, message: 'ありがとう', method: 'dev_card', expectedTotal: 1_055 };
  const tipCount = async () =>
    Number(
      (
        await database.db
          .selectFrom('service_tips')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('order_id', '=', orderId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  /** `n` identical tips at once, alternating instances; with `key`, all under that key. */
  async function burst(n: number, key: string | null) {
    return Promise.all(
      Array.from({ length: n }, (_, i) =>
        (buyer[i % 2] as TestClient).post(`/api/v1/orders/${orderId}/tips`, body, key ? { 'idempotency-key': key } : undefined),
      ),
    );
  }

  it('one key, many identical requests at once: one tip, every answer the first', async () => {
    for (let round = 0; round < 5; round++) {
      const before = await tipCount();
      const balance = await balanceOf(database.db, `earnings:${sellerId}`);
      const answers = await burst(6, `tip-race-${round}`);
      expect(answers.map((a) => a.statusCode)).toEqual(Array(6).fill(201));
      const bodies = new Set(answers.map((a) => a.body));
      expect(bodies.size).toBe(1);
      expect(await tipCount()).toBe(before + 1);
      expect(await balanceOf(database.db, `earnings:${sellerId}`)).toBe(balance + 780);
    }
  });

  it('negative control: the same requests without a key are separate tips, and the count sees them', async () => {
    const before = await tipCount();
    const answers = await burst(4, null);
    expect(answers.map((a) => a.statusCode)).toEqual(Array(4).fill(201));
    expect(await tipCount()).toBe(before + 4);
  });
});
