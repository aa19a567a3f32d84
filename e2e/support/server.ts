// Starts the whole marketplace in this process on 127.0.0.1 (development mode: demo data
// and the mail viewer), as `npm start` would, on its own copy of the database the global
// setup seeded: the embedded database by default, or a new database on the PostgreSQL
// server of TEST_DATABASE_URL (as in CI), dropped when the server stops.
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/server/config';
import type { Clock } from '../../src/server/deps';
import { buildApp } from '../../src/server/http/app';
import type { StripeApi } from '../../src/server/integrations/payments/stripe-client';
import { startWorker, type Worker } from '../../src/server/queue/worker';
import { createMailer, openRuntimeDatabase } from '../../src/server/runtime';
import { adminQuery, testDatabaseUrl, withDatabase } from '../../test/database';
import { createTestBlockerTable, testBlockerRoutes, testRegistry } from '../../test/test-blocker';
import { SERVER_ENV, seededTemplateName } from './seeded';

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  stop(): Promise<void>;
}

/**
 * `clock`: the server's time (the demo data is made at the real time); a journey that
 * must reach a later date, such as a transfer date, moves it.
 * `stripe` (test only): the payment provider's API when STRIPE_* are set in `env` — the
 * fake of test/stripe.ts, so that no journey reaches the network.
 */
export async function startServer(
  options: { testBlocker?: boolean; clock?: Clock; env?: Record<string, string>; stripe?: StripeApi } = {},
): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'yorozu-e2e-'));
  const server = await seededDatabase(dataDir);
  const config = loadConfig({ ...SERVER_ENV, YOROZU_DATA_DIR: dataDir, ...server.env, ...options.env });
  if (options.stripe && config.stripe) config.stripe.client = options.stripe;
  const database = await openRuntimeDatabase(config);
  const mailer = createMailer(config, database);
  // PUBLIC_URL must name the real port, known only after listening: build, listen, then
  // rebuild the configuration object in place.
  if (options.testBlocker) await createTestBlockerTable(database.db);
  const app = await buildApp({
    config,
    database,
    mailer,
    webRoot: resolve('dist/web'),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.testBlocker ? { withdrawal: testRegistry, extraRoutes: testBlockerRoutes } : {}),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const url = `http://127.0.0.1:${address.port}`;
  config.publicUrl = url;
  const worker: Worker = await startWorker(app.deps, mailer, app.log, 100);
  return {
    url,
    app,
    async stop() {
      await app.close();
      await worker.stop();
      await database.close();
      await server.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** This server's copy of the seeded database. */
async function seededDatabase(dataDir: string): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  const url = testDatabaseUrl();
  if (!url) {
    const seeded = process.env.YOROZU_E2E_SEEDED;
    if (!seeded) throw new Error('the journeys need their global setup (run them with vitest.e2e.config.ts)');
    await cp(seeded, dataDir, { recursive: true });
    return { env: {}, async drop() {} };
  }
  const name = `${seededTemplateName()}_${process.pid}_${randomBytes(3).toString('hex')}`;
  await adminQuery(`create database ${name} template ${seededTemplateName()}`);
  await adminQuery(`alter database ${name} set synchronous_commit = off`);
  return {
    env: { DATABASE_URL: withDatabase(url, name) },
    drop: () => adminQuery(`drop database if exists ${name} with (force)`),
  };
}
