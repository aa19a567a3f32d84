// A dropped database connection (an administrator terminating backends, a server restart,
// a failover) must never stop the process: requests in flight answer 503 busy-retry with
// Retry-After and change nothing, the pool opens new connections, and the next requests
// succeed. PostgreSQL only (PGlite has no connections to drop), two app instances on one
// database, each with its own pool.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../test/app';
import { adminQuery, createTestDatabase, type TestDatabase } from '../../../test/database';
import { jobInput, loggedInUser } from '../../../test/factories';
import { postgresOnly, RACE_TIMEOUT } from '../../../test/races';
import { openDatabase } from './database';

const onPostgres = postgresOnly('the connection loss test');

describe.skipIf(!onPostgres)('a dropped database connection (PostgreSQL, two instances)', RACE_TIMEOUT, () => {
  let database: TestDatabase;
  let other: TestDatabase;
  let one: TestApp;
  let two: TestApp;
  const uncaught: unknown[] = [];
  const onUncaught = (error: unknown) => uncaught.push(error);

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 6 });
    other = { ...(await openDatabase({ url: database.url, poolSize: 6 })), url: database.url };
    one = await startTestApp({}, { database });
    two = await startTestApp({}, { database: other });
    process.on('uncaughtException', onUncaught);
    process.on('unhandledRejection', onUncaught);
  });
  afterAll(async () => {
    process.off('uncaughtException', onUncaught);
    process.off('unhandledRejection', onUncaught);
    await one?.close();
    await two?.close();
    await other?.close();
    await database?.close();
  });

  /** The same logged-in member on the second instance. */
  async function sameMemberOn(t: TestApp, client: TestClient): Promise<TestClient> {
    const copy = await t.client();
    for (const [name, value] of client.cookies) copy.cookies.set(name, value);
    copy.csrf = client.csrf;
    return copy;
  }

  const terminateBackends = () =>
    adminQuery(
      `select pg_terminate_backend(pid) from pg_stat_activity
       where datname = '${new URL(database.url as string).pathname.slice(1)}' and pid <> pg_backend_pid()`,
    );

  it('answers 503 busy-retry or succeeds while connections are cut, changes nothing on 503, and recovers', async () => {
    const { user, client: a } = await loggedInUser(one);
    const b = await sameMemberOn(two, a);
    const { id: userId } = await database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', user.email)
      .executeTakeFirstOrThrow();
    const answers: { status: number; code?: string; retryAfter?: string; write: boolean }[] = [];
    let created = 0;
    let stop = false;
    const loop = async (client: TestClient, n: number) => {
      for (let i = 0; !stop; i++) {
        const write = (i + n) % 3 === 0;
        const res = write
          ? await client.post('/api/v1/jobs', jobInput(one, { title: `接続断テスト ${n}-${i}` }))
          : await client.get('/api/v1/me/withdrawal');
        if (write && res.statusCode === 201) created++;
        answers.push({
          status: res.statusCode,
          write,
          ...(res.statusCode >= 500
            ? { code: res.json().code, retryAfter: res.headers['retry-after'] as string | undefined }
            : {}),
        });
      }
    };
    const loops = [0, 1, 2, 3, 4, 5].map((n) => loop(n % 2 === 0 ? a : b, n));
    for (let cut = 0; cut < 6; cut++) {
      await new Promise((r) => setTimeout(r, 150));
      await terminateBackends();
    }
    await new Promise((r) => setTimeout(r, 100));
    stop = true;
    await Promise.all(loops);

    expect(uncaught).toEqual([]);
    const failures = answers.filter((r) => r.status >= 300 && r.status !== 201);
    for (const failure of failures) expect(failure).toMatchObject({ status: 503, code: 'busy-retry', retryAfter: '1' });
    expect(failures.length).toBeGreaterThan(0); // connections really were cut mid-request
    // A 503 changed nothing: exactly the postings answered 201 exist.
    const rows = await database.db.selectFrom('jobs').select('id').where('client_id', '=', userId).execute();
    expect(rows).toHaveLength(created);

    // The pools recover: the next requests through both instances succeed.
    for (const client of [a, b]) {
      expect((await client.get('/api/v1/me/withdrawal')).statusCode).toBe(200);
      expect((await client.post('/api/v1/jobs', jobInput(one, { title: '接続断のあと' }))).statusCode).toBe(201);
    }
    expect(uncaught).toEqual([]);
  });
});
