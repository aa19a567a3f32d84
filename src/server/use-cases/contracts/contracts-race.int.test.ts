// Races on contracts and money, on PostgreSQL across two app instances sharing one
// database:
//   - double acceptance: exactly one release per milestone, every round;
//   - accept vs revision request: exactly one wins and the ledger agrees with the state;
//   - hire vs withdraw (client): never a withdrawn client with a live contract;
//   - fund vs withdraw (client): never a withdrawn client, never money on a dead contract.
// The negative controls turn the guards off and must find a violation.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contractChecks } from '../../../../test/api-contract';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/app';
import {
  deliver,
  expectLedgerWhole,
  fundByCard,
  type HiredContract,
  hiredContract,
  type Party,
} from '../../../../test/contracts';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { jobInput, loggedInUser, STRONG_PASSWORD } from '../../../../test/factories';
import { postgresOnly, RACE_TIMEOUT } from '../../../../test/races';
import { contractGuards } from '../../contracts/core';
import { accountLocking } from '../../db/account-lock';

const onPostgres = postgresOnly('the contract race tests');

describe.skipIf(!onPostgres)('contract races (PostgreSQL, two instances)', RACE_TIMEOUT, () => {
  let database: TestDatabase;
  let one: TestApp;
  let two: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 20 });
    one = await startTestApp({}, { database });
    two = await startTestApp({}, { database });
  });
  afterEach(async () => {
    contractGuards.enabled = true;
    accountLocking.enabled = true;
    contractChecks.enabled = true;
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await database?.close();
  });

  /** The same account logged in on the second instance. */
  async function onTwo(party: Party): Promise<TestClient> {
    const c = await two.client();
    await c.post('/api/v1/auth/login', { email: party.user.email, password: party.user.password });
    return c;
  }

  const releases = async (milestoneId: string) =>
    (
      await database.db
        .selectFrom('ledger_transactions')
        .select('key')
        .where('milestone_id', '=', milestoneId)
        .where('kind', '=', 'escrow_release')
        .execute()
    ).length;

  /** A funded, delivered milestone between a fixed client and worker. */
  async function deliveredMilestone(client: Party, worker: Party): Promise<HiredContract> {
    const c = await hiredContract(one, { client, worker });
    await fundByCard(c);
    await deliver(c);
    return c;
  }

  async function doubleAcceptRounds(rounds: number, stopAtFirstViolation: boolean) {
    const client = await loggedInUser(one);
    const worker = await loggedInUser(one);
    const clientTwo = await onTwo(client);
    let violations = 0;
    for (let round = 0; round < rounds; round++) {
      const c = await deliveredMilestone(client, worker);
      const [a, b] = await Promise.all([
        client.client.post(`/api/v1/milestones/${c.milestoneId}/accept`, {}),
        clientTwo.post(`/api/v1/milestones/${c.milestoneId}/accept`, {}),
      ]);
      for (const res of [a, b]) expect(res.statusCode, res.body).toBeLessThan(500);
      const codes = [a.statusCode, b.statusCode].sort();
      const ok = codes[0] === 200 && codes[1] === 409 && (await releases(c.milestoneId)) === 1;
      if (!ok) {
        violations++;
        if (stopAtFirstViolation) break;
      }
    }
    return violations;
  }

  it('double acceptance: exactly one release, 200 rounds', async () => {
    expect(await doubleAcceptRounds(200, false)).toBe(0);
    await expectLedgerWhole(database.db);
  });

  it('double acceptance, negative control: without the row lock and compare-and-set both requests "succeed"', async () => {
    contractGuards.enabled = false;
    contractChecks.enabled = false;
    expect(await doubleAcceptRounds(200, true)).toBeGreaterThan(0);
    contractGuards.enabled = true;
    contractChecks.enabled = true;
    // Even then the business key kept the ledger to one release per milestone.
    await expectLedgerWhole(database.db);
    const twice = await database.db
      .selectFrom('ledger_transactions')
      .select((eb) => ['milestone_id', eb.fn.countAll<number>().as('n')])
      .where('kind', '=', 'escrow_release')
      .groupBy('milestone_id')
      .having((eb) => eb.fn.countAll(), '>', 1)
      .execute();
    expect(twice).toEqual([]);
  });

  async function acceptVsRevisionRounds(rounds: number, stopAtFirstViolation: boolean) {
    const client = await loggedInUser(one);
    const worker = await loggedInUser(one);
    const clientTwo = await onTwo(client);
    const outcomes: Record<string, number> = {};
    let violations = 0;
    for (let round = 0; round < rounds; round++) {
      const c = await deliveredMilestone(client, worker);
      const pause = () => new Promise((r) => setTimeout(r, Math.random() * 6));
      const [accept, revise] = await Promise.all([
        pause().then(() => client.client.post(`/api/v1/milestones/${c.milestoneId}/accept`, {})),
        pause().then(() =>
          clientTwo.post(`/api/v1/milestones/${c.milestoneId}/request-revision`, { message: '修正してください' }),
        ),
      ]);
      for (const res of [accept, revise]) expect(res.statusCode, res.body).toBeLessThan(500);
      const m = await database.db
        .selectFrom('milestones')
        .select('status')
        .where('id', '=', c.milestoneId)
        .executeTakeFirstOrThrow();
      const released = await releases(c.milestoneId);
      const winner =
        accept.statusCode === 200 && revise.statusCode === 409
          ? 'accept'
          : accept.statusCode === 409 && revise.statusCode === 200
            ? 'revise'
            : 'both';
      outcomes[winner] = (outcomes[winner] ?? 0) + 1;
      const consistent =
        (winner === 'accept' && m.status === 'paid' && released === 1) ||
        (winner === 'revise' && m.status === 'funded' && released === 0);
      if (!consistent) {
        violations++;
        if (stopAtFirstViolation) break;
      }
    }
    return { violations, outcomes };
  }

  it('accept vs revision request: exactly one wins and the ledger agrees, 100 rounds', async () => {
    const { violations, outcomes } = await acceptVsRevisionRounds(100, false);
    console.info('accept vs revision', outcomes);
    expect(violations).toBe(0);
    await expectLedgerWhole(database.db);
  });

  it('accept vs revision, negative control: without the guards a round ends inconsistent', async () => {
    contractGuards.enabled = false;
    contractChecks.enabled = false;
    const { violations } = await acceptVsRevisionRounds(200, true);
    expect(violations).toBeGreaterThan(0);
  });

  /** A client whose only open item is a closed job with one pending applicant: no blocker yet. */
  async function clientReadyToHire() {
    const client = await loggedInUser(one);
    const worker = await loggedInUser(one);
    const job = (await client.client.post('/api/v1/jobs', jobInput(one))).json();
    const application = (
      await worker.client.post(`/api/v1/jobs/${job.id}/applications`, {
        proposal: '応募します',
        quotedAmount: 10_000,
        deliveryDays: 7,
      })
    ).json();
    await client.client.post(`/api/v1/jobs/${job.id}/close`, {});
    return { client, clientTwo: await onTwo(client), applicationId: application.id as string };
  }

  const withdraw = (c: TestClient) =>
    c.post('/api/v1/me/withdrawal', { reasons: [], otherReason: '', password: STRONG_PASSWORD, eraseNow: true });

  async function hireVsWithdrawRounds(rounds: number, stopAtFirstViolation: boolean) {
    let violations = 0;
    const outcomes: Record<string, number> = {};
    for (let round = 0; round < rounds; round++) {
      const { client, clientTwo, applicationId } = await clientReadyToHire();
      const offset = Math.floor(Math.random() * 40);
      const [w, h] = await Promise.all([
        withdraw(client.client),
        new Promise((r) => setTimeout(r, offset)).then(() => clientTwo.post(`/api/v1/applications/${applicationId}/hire`, {})),
      ]);
      for (const res of [w, h]) {
        expect(res.statusCode, res.body).toBeLessThan(500);
        const key = `${res.statusCode}${res.statusCode >= 400 ? ` ${res.json().code}` : ''}`;
        outcomes[key] = (outcomes[key] ?? 0) + 1;
      }
      const user = await database.db
        .selectFrom('users')
        .select(['id', 'status'])
        .where('username', '=', client.user.username)
        .executeTakeFirstOrThrow();
      const live = await database.db
        .selectFrom('contracts')
        .select('id')
        .where('client_id', '=', user.id)
        .where('status', 'in', ['awaiting_escrow', 'in_progress'])
        .execute();
      if (user.status !== 'active' && live.length > 0) {
        violations++;
        if (stopAtFirstViolation) break;
      }
    }
    return { violations, outcomes };
  }

  it('hire vs withdraw: never a withdrawn client with a live contract, 100 rounds', async () => {
    const { violations, outcomes } = await hireVsWithdrawRounds(100, false);
    console.info('hire vs withdraw', outcomes);
    expect(violations).toBe(0);
    expect(outcomes['200']).toBeGreaterThan(0);
  });

  it('hire vs withdraw, negative control: without the account lock a violation is found', async () => {
    accountLocking.enabled = false;
    contractChecks.enabled = false;
    const { violations } = await hireVsWithdrawRounds(150, true);
    expect(violations).toBeGreaterThan(0);
  });

  // No negative control here: a contract waiting for escrow is itself a withdrawal blocker,
  // so funding can never be the action that creates the first blocker; the round checks
  // that both sides keep their answers when they really run at the same time.
  it('fund vs withdraw: the live contract always blocks the withdrawal; funding always lands, 50 rounds', async () => {
    for (let round = 0; round < 50; round++) {
      const c = await hiredContract(one);
      const clientTwo = await onTwo(c.client);
      const [w, f] = await Promise.all([
        withdraw(c.client.client),
        clientTwo.post(`/api/v1/milestones/${c.milestoneId}/fund`, { method: round % 2 ? 'dev_card' : 'bank_transfer' }),
      ]);
      expect(w.statusCode).toBe(409);
      expect(w.json().blockers.map((b: { code: string }) => b.code)).toContain('live-contracts-client');
      expect(f.statusCode).toBe(200);
    }
    await expectLedgerWhole(database.db);
  });
});
