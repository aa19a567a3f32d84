// A restriction landing while the member sends a message, applies and buys, on PostgreSQL
// across two app instances: each action either completed before the restriction (and the
// restriction saw it) or is refused after it with account-restricted — never half. A
// test-only trigger records, inside the restricting transaction, how many messages,
// applications and orders the member had when the restriction was written; nothing may
// be added after that. The negative control reads restrictions without the row lock and
// finds actions that landed after the restriction.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/app';
import { type Party, staffMember } from '../../../test/contracts';
import type { TestDatabase } from '../../../test/database';
import { jobInput, loggedInUser } from '../../../test/factories';
import { buy, createService } from '../../../test/orders';
import { closeInstances, loginOn, postgresOnly, RACE_TIMEOUT, twoInstances } from '../../../test/races';
import { restrictionLocking } from './restrictions';

const onPostgres = postgresOnly('the restriction race test');
const ROUNDS = 25;

describe.skipIf(!onPostgres)('restriction vs the member’s actions (PostgreSQL, two instances)', RACE_TIMEOUT, () => {
  let database: TestDatabase;
  let one: TestApp;
  let two: TestApp;
  let staff: Party;

  beforeAll(async () => {
    ({ database, one, two } = await twoInstances());
    staff = await staffMember(one, 'moderator');
    await sql`create table restriction_seen (restriction_id uuid primary key, messages int, applications int, orders int)`.execute(
      database.db,
    );
    await sql`
      create function restriction_seen_fn() returns trigger language plpgsql as $$
      begin
        insert into restriction_seen values (
          new.id,
          (select count(*) from messages where sender_id = new.user_id),
          (select count(*) from applications where worker_id = new.user_id),
          (select count(*) from service_orders where buyer_id = new.user_id));
        return new;
      end $$`.execute(database.db);
    await sql`create trigger restriction_seen_trg after insert on account_restrictions for each row execute function restriction_seen_fn()`.execute(
      database.db,
    );
  });
  afterAll(async () => {
    restrictionLocking.enabled = true;
    await closeInstances({ database, one, two });
  });

  /** The same account logged in on the second instance. */
  const onTwo = (user: { email: string; password: string }) => loginOn(two, user);

  async function rounds(): Promise<{ late: number; outcomes: Record<string, number> }> {
    const client = await loggedInUser(one);
    const seller = await loggedInUser(one);
    const sellerId = (
      await database.db.selectFrom('users').select('id').where('username', '=', seller.user.username).executeTakeFirstOrThrow()
    ).id;
    let late = 0;
    const outcomes: Record<string, number> = {};
    for (let round = 0; round < ROUNDS; round++) {
      // A service of its own each round, so that the orders placed before earlier restrictions never fill it.
      const service = await createService(database.db, sellerId, { capacity: 3 });
      const member = await loggedInUser(one);
      const memberTwo = await onTwo(member.user);
      const memberId = (
        await database.db.selectFrom('users').select('id').where('username', '=', member.user.username).executeTakeFirstOrThrow()
      ).id;
      const job1 = (await client.client.post('/api/v1/jobs', jobInput(one))).json();
      const job2 = (await client.client.post('/api/v1/jobs', jobInput(one))).json();
      const applied = await member.client.post(`/api/v1/jobs/${job1.id}/applications`, {
        proposal: 'よろしくお願いします',
        quotedAmount: 10000,
        deliveryDays: 7,
      });
      expect(applied.statusCode).toBe(201);
      const threadId = (await member.client.get('/api/v1/me/threads')).json().items[0].id;
      const [restrict, message, apply, order] = await Promise.all([
        staff.client.post(`/api/v1/staff/users/${memberId}/restrictions`, {
          kind: 'suspended',
          article: 'art10',
          reason: '調査のため',
          evidence: '複数の通報',
          endsAt: null,
        }),
        memberTwo.post(`/api/v1/threads/${threadId}/messages`, { body: 'こんにちは', attachmentIds: [] }),
        member.client.post(`/api/v1/jobs/${job2.id}/applications`, {
          proposal: 'よろしくお願いします',
          quotedAmount: 10000,
          deliveryDays: 7,
        }),
        buy(memberTwo, service),
      ]);
      expect(restrict.statusCode, restrict.body).toBe(201);
      for (const [name, res, ok] of [
        ['message', message, 201],
        ['apply', apply, 201],
        ['order', order, 201],
      ] as const) {
        if (res.statusCode !== ok) expect(res.json().code, `${name}: ${res.body}`).toBe('account-restricted');
        const key = `${name} ${res.statusCode === ok ? 'before' : 'refused'}`;
        outcomes[key] = (outcomes[key] ?? 0) + 1;
      }
      const seen = await sql<{ messages: number; applications: number; orders: number }>`
        select messages, applications, orders from restriction_seen where restriction_id = ${restrict.json().id}`.execute(
        database.db,
      );
      const [now] = (
        await sql<{ messages: number; applications: number; orders: number }>`
        select (select count(*)::int from messages where sender_id = ${memberId}) as messages,
               (select count(*)::int from applications where worker_id = ${memberId}) as applications,
               (select count(*)::int from service_orders where buyer_id = ${memberId}) as orders`.execute(database.db)
      ).rows;
      const then = seen.rows[0];
      if (!then || !now) throw new Error('no record');
      if (now.messages > then.messages || now.applications > then.applications || now.orders > then.orders) late++;
    }
    return { late, outcomes };
  }

  it(`each action completed before the restriction or is refused after it (${ROUNDS} rounds)`, async () => {
    const { late, outcomes } = await rounds();
    console.info('restriction vs actions', outcomes);
    expect(late).toBe(0);
  });

  it('negative control: without the row lock, actions land after the restriction', async () => {
    restrictionLocking.enabled = false;
    try {
      const { late, outcomes } = await rounds();
      console.info('restriction vs actions, no lock', outcomes, 'late', late);
      expect(late).toBeGreaterThan(0);
    } finally {
      restrictionLocking.enabled = true;
    }
  });
});
