// Races on applications, on PostgreSQL across two app instances:
//   - hire vs decline of one application: exactly one wins, never both;
//   - apply vs close of one job: an application is never created on a job closed before it;
//   - two hires on a job with one place: exactly one contract; the negative control
//     switches the job lock off and finds a job with more contracts than places.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractChecks } from '../../../../test/api-contract';
import type { TestApp } from '../../../../test/app';
import type { TestDatabase } from '../../../../test/database';
import { jobInput, loggedInUser } from '../../../../test/factories';
import { closeInstances, loginOn, postgresOnly, RACE_TIMEOUT, twoInstances } from '../../../../test/races';
import { applicationGuards } from './decide-application';

const onPostgres = postgresOnly('the application race tests');

const ROUNDS = 60;

describe.skipIf(!onPostgres)('application races (PostgreSQL, two instances)', RACE_TIMEOUT, () => {
  let database: TestDatabase;
  let one: TestApp;
  let two: TestApp;

  beforeAll(async () => {
    ({ database, one, two } = await twoInstances());
  });
  afterAll(async () => {
    applicationGuards.lockJob = true;
    contractChecks.enabled = true;
    await closeInstances({ database, one, two });
  });

  /** The same account logged in on the second instance. */
  const onTwo = (user: { email: string; password: string }) => loginOn(two, user);

  it(`hire vs decline: exactly one decision wins (${ROUNDS} rounds)`, async () => {
    const client = await loggedInUser(one);
    const clientTwo = await onTwo(client.user);
    const worker = await loggedInUser(one);
    const outcomes: Record<string, number> = {};
    for (let round = 0; round < ROUNDS; round++) {
      const job = (await client.client.post('/api/v1/jobs', jobInput(one, { hires: 1 }))).json();
      const app = (
        await worker.client.post(`/api/v1/jobs/${job.id}/applications`, {
          proposal: 'よろしくお願いします',
          quotedAmount: 10000,
          deliveryDays: 7,
        })
      ).json();
      const [hire, decline] = await Promise.all([
        client.client.post(`/api/v1/applications/${app.id}/hire`, {}),
        clientTwo.post(`/api/v1/applications/${app.id}/decline`, { reason: null }),
      ]);
      const codes = [hire.statusCode, decline.statusCode].sort();
      expect(codes).toEqual([200, 409]);
      const key = hire.statusCode === 200 ? 'hire won' : 'decline won';
      outcomes[key] = (outcomes[key] ?? 0) + 1;
      const row = await database.db
        .selectFrom('applications')
        .select('status')
        .where('id', '=', app.id)
        .executeTakeFirstOrThrow();
      expect(row.status).toBe(hire.statusCode === 200 ? 'hired' : 'declined');
    }
    console.info('hire vs decline', outcomes);
  });

  it(`apply vs close: no application lands on a job closed before it (${ROUNDS} rounds)`, async () => {
    const client = await loggedInUser(one);
    const worker = await loggedInUser(one);
    const workerTwo = await onTwo(worker.user);
    const outcomes: Record<string, number> = {};
    for (let round = 0; round < ROUNDS; round++) {
      const job = (await client.client.post('/api/v1/jobs', jobInput(one))).json();
      const pause = () => new Promise((r) => setTimeout(r, Math.random() * 8));
      const [close, apply] = await Promise.all([
        pause().then(() => client.client.post(`/api/v1/jobs/${job.id}/close`, {})),
        pause().then(() =>
          workerTwo.post(`/api/v1/jobs/${job.id}/applications`, {
            proposal: 'よろしくお願いします',
            quotedAmount: 10000,
            deliveryDays: 7,
          }),
        ),
      ]);
      expect(close.statusCode).toBe(200);
      expect([201, 409]).toContain(apply.statusCode);
      const key = apply.statusCode === 201 ? 'applied first' : 'closed first';
      outcomes[key] = (outcomes[key] ?? 0) + 1;
      const rows = await database.db
        .selectFrom('applications as a')
        .innerJoin('jobs as j', 'j.id', 'a.job_id')
        .select(['a.created_at', 'j.closed_at'])
        .where('a.job_id', '=', job.id)
        .execute();
      for (const r of rows)
        expect(r.created_at.getTime()).toBeLessThanOrEqual(r.closed_at?.getTime() ?? Number.POSITIVE_INFINITY);
      expect(rows.length).toBe(apply.statusCode === 201 ? 1 : 0);
    }
    console.info('apply vs close', outcomes);
  });

  /** Rounds of two hires at once on a job with one place; counts jobs left with two contracts. */
  async function twoHires(rounds: number, stopAtFirstViolation: boolean): Promise<number> {
    const client = await loggedInUser(one);
    const clientTwo = await onTwo(client.user);
    const a = await loggedInUser(one);
    const b = await loggedInUser(one);
    let violations = 0;
    for (let round = 0; round < rounds; round++) {
      const job = (await client.client.post('/api/v1/jobs', jobInput(one, { hires: 1 }))).json();
      const apps = [];
      for (const w of [a, b]) {
        apps.push(
          (
            await w.client.post(`/api/v1/jobs/${job.id}/applications`, {
              proposal: 'よろしくお願いします',
              quotedAmount: 10000,
              deliveryDays: 7,
            })
          ).json().id,
        );
      }
      const [first, second] = await Promise.all([
        client.client.post(`/api/v1/applications/${apps[0]}/hire`, {}),
        clientTwo.post(`/api/v1/applications/${apps[1]}/hire`, {}),
      ]);
      const contracts = await database.db.selectFrom('contracts').select('id').where('job_id', '=', job.id).execute();
      if (contracts.length > 1) {
        violations++;
        if (stopAtFirstViolation) break;
        continue;
      }
      expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
      expect([first, second].find((r) => r.statusCode === 409)?.json().code).toBe('hires-full');
      expect(contracts).toHaveLength(1);
    }
    return violations;
  }

  it(`two hires on a job with one place: exactly one contract (${ROUNDS} rounds)`, async () => {
    applicationGuards.lockJob = true;
    contractChecks.enabled = true;
    expect(await twoHires(ROUNDS, false)).toBe(0);
  });

  it('two hires, negative control: without the job lock a job gets more contracts than places', async () => {
    applicationGuards.lockJob = false;
    contractChecks.enabled = false;
    try {
      expect(await twoHires(ROUNDS, true)).toBeGreaterThan(0);
    } finally {
      applicationGuards.lockJob = true;
      contractChecks.enabled = true;
    }
  });
});
