// Runs once before the browser journeys: migrates and seeds one database with the demo
// data, which every journey's server then starts from (a copy of its folder on the
// embedded database, or a database made from it as a template on PostgreSQL), instead of
// migrating and seeding again for each file.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/server/config';
import { createDeps } from '../../src/server/deps';
import { openRuntimeDatabase } from '../../src/server/runtime';
import { seedDemo } from '../../src/server/seed/demo';
import { adminQuery, testDatabaseUrl, withDatabase } from '../../test/database';
import { SERVER_ENV, seededTemplateName } from './seeded';

export default async function setup() {
  const dataDir = await mkdtemp(join(tmpdir(), 'yorozu-e2e-seed-'));
  const url = testDatabaseUrl();
  const template = seededTemplateName();
  if (url) {
    await adminQuery(`drop database if exists ${template} with (force)`);
    await adminQuery(`create database ${template}`);
  }
  const config = loadConfig({
    ...SERVER_ENV,
    YOROZU_DATA_DIR: dataDir,
    ...(url ? { DATABASE_URL: withDatabase(url, template) } : {}),
  });
  const database = await openRuntimeDatabase(config);
  await seedDemo(createDeps({ db: database.db, config }));
  await database.close();
  process.env.YOROZU_E2E_SEEDED = dataDir;
  return async () => {
    await rm(dataDir, { recursive: true, force: true });
    if (url) await adminQuery(`drop database if exists ${template} with (force)`);
  };
}
