// Starts the whole marketplace in this process on 127.0.0.1 with a fresh embedded
// database (development mode: demo data and the mail viewer), as `npm start` would.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/server/config';
import { type Clock, createDeps } from '../../src/server/deps';
import { buildApp } from '../../src/server/http/app';
import { startWorker, type Worker } from '../../src/server/queue/worker';
import { createMailer, openRuntimeDatabase } from '../../src/server/runtime';
import { seedDemo } from '../../src/server/seed/demo';
import { createTestBlockerTable, testBlockerRoutes, testRegistry } from '../../test/test-blocker';

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  stop(): Promise<void>;
}

/**
 * `clock`: the server's time (the demo data is made at the real time); a journey that
 * must reach a later date, such as a transfer date, moves it.
 */
export async function startServer(
  options: { testBlocker?: boolean; clock?: Clock; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'yorozu-e2e-'));
  const config = loadConfig({
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: '0',
    YOROZU_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    ...options.env,
  });
  const database = await openRuntimeDatabase(config);
  const mailer = createMailer(config, database);
  await seedDemo(createDeps({ db: database.db, config }));
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
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
