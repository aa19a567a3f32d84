// Blocking vs an offer in flight, on PostgreSQL across two app instances: a client sends
// an offer while the worker blocks the client. Either the offer lands first (and the
// block ends it: declined, as the worker would have) or it is refused after the block —
// never a pending offer between two members who blocked each other. The negative control
// switches the pair lock off and finds such an offer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../../test/app';
import type { TestDatabase } from '../../../../test/database';
import { jobInput, loggedInUser } from '../../../../test/factories';
import { closeInstances, loginOn, postgresOnly, RACE_TIMEOUT, twoInstances } from '../../../../test/races';
import { blockGuards } from '../../blocks/guard';

const onPostgres = postgresOnly('the blocking race tests');

const ROUNDS = 40;

describe.skipIf(!onPostgres)('blocking races (PostgreSQL, two instances)', RACE_TIMEOUT, () => {
  let database: TestDatabase;
  let one: TestApp;
  let two: TestApp;

  beforeAll(async () => {
    ({ database, one, two } = await twoInstances());
  });
  afterAll(async () => {
    blockGuards.enabled = true;
    await closeInstances({ database, one, two });
  });

  /** The same account logged in on the second instance. */
  const onTwo = (user: { email: string; password: string }) => loginOn(two, user);

  /** Runs the rounds; returns how many left a pending offer between the two after the block. */
  async function offerVsBlock(rounds: number, tolerate: boolean): Promise<number> {
    const client = await loggedInUser(one);
    const worker = await loggedInUser(one);
    const workerTwo = await onTwo(worker.user);
    const ids = await database.db
      .selectFrom('users')
      .select(['id', 'username'])
      .where('username', 'in', [client.user.username, worker.user.username])
      .execute();
    const clientId = ids.find((u) => u.username === client.user.username)?.id ?? '';
    let broken = 0;
    const outcomes: Record<string, number> = {};
    for (let round = 0; round < rounds; round++) {
      const job = (await client.client.post('/api/v1/jobs', jobInput(one))).json();
      const [offer, block] = await Promise.all([
        client.client.post(`/api/v1/jobs/${job.id}/offers`, { username: worker.user.username, message: 'お願いできますか。' }),
        workerTwo.post('/api/v1/blocks', { userId: clientId }),
      ]);
      expect(block.statusCode, block.body).toBe(201);
      expect([201, 403], offer.body).toContain(offer.statusCode);
      const pending = await database.db
        .selectFrom('offers')
        .select('id')
        .where('job_id', '=', job.id)
        .where('status', '=', 'pending')
        .execute();
      if (pending.length > 0) broken++;
      if (!tolerate) expect(pending).toEqual([]);
      const key = offer.statusCode === 201 ? 'offer first, ended by the block' : 'offer refused after the block';
      outcomes[key] = (outcomes[key] ?? 0) + 1;
      expect((await workerTwo.delete(`/api/v1/blocks/${clientId}`)).statusCode).toBe(200);
    }
    console.info('offer vs block', outcomes, { broken });
    return broken;
  }

  it(`offer vs block: the offer lands before the block and is ended, or is refused (${ROUNDS} rounds)`, async () => {
    blockGuards.enabled = true;
    expect(await offerVsBlock(ROUNDS, false)).toBe(0);
  });

  it('offer vs block, negative control: without the pair lock a pending offer survives the block', async () => {
    blockGuards.enabled = false;
    try {
      expect(await offerVsBlock(ROUNDS * 2, true)).toBeGreaterThan(0);
    } finally {
      blockGuards.enabled = true;
    }
  });
});
