// Race: withdrawal against an action that creates a blocker, on PostgreSQL, across two
// app instances sharing one database. Invariant after every round: never a withdrawn
// user holding a live blocker, and never a 5xx. The negative control switches the
// account lock off and must find a violation — proof that the test can fail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractChecks } from '../../../test/api-contract';
import { startTestApp, type TestApp, type TestClient } from '../../../test/app';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { jobInput, STRONG_PASSWORD, serviceInput } from '../../../test/factories';
import { createService } from '../../../test/orders';
import { postgresOnly, RACE_TIMEOUT } from '../../../test/races';
import { testAction } from '../../../test/test-blocker';
import { accountLocking } from '../db/account-lock';
import { createSession } from '../db/repositories/sessions';
import { SESSION_COOKIE } from '../http/plugins/auth';
import { hashPassword } from '../security/passwords';

const onPostgres = postgresOnly('the withdrawal race test');

const ROUNDS = 200;

describe.skipIf(!onPostgres)('withdrawal vs blocker-creating action (PostgreSQL, two instances)', RACE_TIMEOUT, () => {
  let database: TestDatabase;
  let one: TestApp;
  let two: TestApp;
  let passwordHash: string;
  /** A job open for the whole run, for the apply and offer rounds. */
  let openJobId: string;
  /** Its client, logged in on the second instance, who sends the offers. */
  let poster: TestClient;
  /** A seller whose services the withdrawing member buys. */
  let sellerId: string;

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 20 });
    one = await startTestApp({}, { testBlocker: true, database });
    two = await startTestApp({}, { testBlocker: true, database });
    passwordHash = await hashPassword(STRONG_PASSWORD);
    const client = await newUser(9999);
    poster = client.b;
    sellerId = (await newUser(9998)).id;
    openJobId = (
      await client.a.post(
        '/api/v1/jobs',
        jobInput(one, { deadline: new Date(one.clock().getTime() + 50 * 86_400_000).toISOString() }),
      )
    ).json().id;
    // Widen the window between the action's account check and its insert, as real
    // actions do other work there.
    testAction.delayMs = 15;
  });
  afterAll(async () => {
    testAction.delayMs = 0;
    accountLocking.enabled = true;
    contractChecks.enabled = true;
    await one?.close();
    await two?.close();
    await database?.close();
  });

  /** A verified user logged in on both instances. */
  async function newUser(round: number): Promise<{ id: string; username: string; a: TestClient; b: TestClient }> {
    const now = new Date();
    const user = await database.db
      .insertInto('users')
      .values({
        username: `race_${round}_${Math.random().toString(36).slice(2, 8)}`,
        email: `race${round}_${Math.random().toString(36).slice(2, 10)}@example.jp`,
        password_hash: passwordHash,
        display_name: '競合テスト',
        email_verified_at: now,
      })
      .returning(['id', 'username'])
      .executeTakeFirstOrThrow();
    const clients: TestClient[] = [];
    for (const app of [one, two]) {
      const session = await createSession(database.db, {
        userId: user.id,
        userAgent: null,
        ip: null,
        now: app.clock(),
        ttlDays: 1,
      });
      const client = await app.client();
      client.cookies.set(SESSION_COOKIE, session.token);
      clients.push(client);
    }
    return { id: user.id, username: user.username, a: clients[0] as TestClient, b: clients[1] as TestClient };
  }

  /**
   * Each blocker-creating action, and how to count the blockers it left. `fire` gets the
   * withdrawing member's client on the other instance; an action of another member (an
   * offer to the withdrawing worker) uses its own.
   */
  const ACTIONS: Record<
    string,
    {
      /** Made before the race, by the member on the action's instance: what `fire` acts on. */
      prepare?: (c: TestClient) => Promise<string>;
      fire: (c: TestClient, round: number, user: { username: string }, prepared: string) => ReturnType<TestClient['post']>;
      live: (userId: string) => Promise<number>;
    }
  > = {
    'test item': {
      fire: (c: TestClient, round: number) => c.post('/api/v1/test/open-items', { title: `round ${round}` }),
      live: async (userId: string) => {
        const row = await database.db
          .selectFrom('test_open_items' as never)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('user_id' as never, '=', userId as never)
          .where('closed_at' as never, 'is', null as never)
          .executeTakeFirstOrThrow();
        return Number(row.n);
      },
    },
    apply: {
      fire: (c: TestClient) =>
        c.post(`/api/v1/jobs/${openJobId}/applications`, { proposal: '応募します', quotedAmount: 10000, deliveryDays: 7 }),
      live: async (userId: string) =>
        (
          await database.db
            .selectFrom('applications')
            .select('id')
            .where('worker_id', '=', userId)
            .where('status', '=', 'pending')
            .execute()
        ).length,
    },
    'publish a job': {
      fire: (c: TestClient) => c.post('/api/v1/jobs', jobInput(one)),
      live: async (userId: string) =>
        (await database.db.selectFrom('jobs').select('id').where('client_id', '=', userId).where('status', '=', 'open').execute())
          .length,
    },
    'publish a service': {
      prepare: async (c: TestClient) => (await c.post('/api/v1/services', serviceInput())).json().id,
      fire: (c: TestClient, _round: number, _user: { username: string }, serviceId: string) =>
        c.post(`/api/v1/services/${serviceId}/status`, { action: 'publish' }),
      live: async (userId: string) =>
        (
          await database.db
            .selectFrom('services')
            .select('id')
            .where('seller_id', '=', userId)
            .where('status', 'in', ['published', 'paused'])
            .execute()
        ).length,
    },
    // The buyer leaves while buying: the purchase locks both accounts, so either the
    // order is placed first (and blocks the withdrawal) or the purchase is refused.
    'buy a service': {
      fire: async (c: TestClient) => {
        const service = await createService(database.db, sellerId, { capacity: 1 });
        return c.post(`/api/v1/services/${service.id}/orders`, {
          packageId: service.packages[0]?.id,
          optionIds: [],
          method: 'dev_card',
          expectedTotal: 10_550,
        });
      },
      live: async (userId: string) =>
        (
          await database.db
            .selectFrom('service_orders as o')
            .innerJoin('contracts as k', 'k.service_order_id', 'o.id')
            .select('o.id')
            .where('o.buyer_id', '=', userId)
            .where('k.status', 'in', ['awaiting_escrow', 'in_progress', 'disputed'])
            .execute()
        ).length,
    },
    // The buyer leaves while buying a quote: the same account locks as any purchase.
    'buy a quote': {
      prepare: async (c: TestClient) => {
        const service = await createService(database.db, sellerId, { capacity: 1 });
        const inquiry = (await c.post(`/api/v1/services/${service.id}/inquiries`, { message: '見積りをお願いします' })).json();
        const buyerId = (await c.get('/api/v1/me')).json().id as string;
        const quote = await database.db
          .insertInto('service_quotes')
          .values({
            inquiry_id: inquiry.id,
            service_id: service.id,
            buyer_id: buyerId,
            seller_id: sellerId,
            price: 10_000,
            delivery_days: 5,
            revisions: 1,
            includes: 'ロゴ1案',
            valid_until: '2026-04-08',
            expires_at: new Date('2026-04-08T15:00:00Z'),
            created_at: one.clock(),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        return quote.id;
      },
      fire: (c: TestClient, _round: number, _user: { username: string }, quoteId: string) =>
        c.post(`/api/v1/quotes/${quoteId}/orders`, { method: 'dev_card', expectedTotal: 10_550 }),
      live: async (userId: string) =>
        (
          await database.db
            .selectFrom('service_orders as o')
            .innerJoin('contracts as k', 'k.service_order_id', 'o.id')
            .select('o.id')
            .where('o.buyer_id', '=', userId)
            .where('k.status', 'in', ['awaiting_escrow', 'in_progress', 'disputed'])
            .execute()
        ).length,
    },
    'an offer to the worker': {
      fire: (_c: TestClient, round: number, user: { username: string }) =>
        poster.post(`/api/v1/jobs/${openJobId}/offers`, { username: user.username, message: `オファー ${round}` }),
      live: async (userId: string) =>
        (
          await database.db
            .selectFrom('offers')
            .select('id')
            .where('worker_id', '=', userId)
            .where('status', '=', 'pending')
            .execute()
        ).length,
    },
  };

  async function runRounds(
    actionName: string,
    rounds: number,
    stopAtFirstViolation: boolean,
  ): Promise<{ violations: number; outcomes: Record<string, number> }> {
    const act = ACTIONS[actionName];
    if (!act) throw new Error(`no action ${actionName}`);
    let violations = 0;
    const outcomes: Record<string, number> = {};
    for (let round = 0; round < rounds; round++) {
      const { id, username, a, b } = await newUser(round);
      const prepared = act.prepare ? await act.prepare(b) : '';
      const offset = Math.floor(Math.random() * 45);
      const [withdraw, action] = await Promise.all([
        a.post('/api/v1/me/withdrawal', { reasons: [], otherReason: '', password: STRONG_PASSWORD, eraseNow: true }),
        new Promise((r) => setTimeout(r, offset)).then(() => act.fire(b, round, { username }, prepared)),
      ]);
      for (const [who, res] of [
        ['withdraw', withdraw],
        ['action', action],
      ] as const) {
        expect(res.statusCode, res.body).toBeLessThan(500);
        const key = `${who} ${res.statusCode}${res.statusCode >= 400 ? ` ${res.json().code}` : ''}`;
        outcomes[key] = (outcomes[key] ?? 0) + 1;
      }
      const status = await database.db.selectFrom('users').select('status').where('id', '=', id).executeTakeFirstOrThrow();
      if (status.status === 'withdrawn' && (await act.live(id)) > 0) {
        violations++;
        if (stopAtFirstViolation) break;
      }
    }
    return { violations, outcomes };
  }

  for (const actionName of Object.keys(ACTIONS)) {
    it(`${actionName} vs withdraw: the invariant holds for ${ROUNDS} rounds`, async () => {
      accountLocking.enabled = true;
      contractChecks.enabled = true;
      const { violations, outcomes } = await runRounds(actionName, ROUNDS, false);
      console.info(`withdrawal race outcomes (${actionName})`, outcomes);
      expect(violations).toBe(0);
      // Both orders happened: some withdrawals won, some actions won.
      expect(outcomes['withdraw 200']).toBeGreaterThan(0);
      expect((outcomes['action 200'] ?? 0) + (outcomes['action 201'] ?? 0)).toBeGreaterThan(0);
    });

    it(`${actionName} vs withdraw, negative control: without the account lock a violation is found`, async () => {
      accountLocking.enabled = false;
      contractChecks.enabled = false;
      try {
        const { violations } = await runRounds(actionName, ROUNDS, true);
        expect(violations).toBeGreaterThan(0);
      } finally {
        accountLocking.enabled = true;
        contractChecks.enabled = true;
      }
    });
  }
});
