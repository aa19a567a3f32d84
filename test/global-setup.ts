// Runs once before the test files: prepares a migrated template database.

import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrate, openDatabase } from '../src/server/db/database';
import { adminQuery, FILE_DB_PREFIX, TEMPLATE_DB, testDatabaseUrl, withDatabase } from './database';

export default async function setup() {
  const url = testDatabaseUrl();
  if (url) {
    await adminQuery(`drop database if exists ${TEMPLATE_DB} with (force)`);
    await adminQuery(`create database ${TEMPLATE_DB}`);
    const database = await openDatabase({ url: withDatabase(url, TEMPLATE_DB), poolSize: 1 });
    await migrate(database.db);
    await database.close();
    // Leftovers of interrupted runs.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>('select datname from pg_database where starts_with(datname, $1)', [
      FILE_DB_PREFIX,
    ]);
    for (const row of rows) await client.query(`drop database if exists ${row.datname} with (force)`);
    await client.end();
    return;
  }
  const database = await openDatabase({ dataDir: 'memory://' });
  await migrate(database.db);
  const dump = await database.pglite?.dumpDataDir('none');
  await database.close();
  if (!dump) return;
  const file = join(tmpdir(), `yorozu-pglite-template-${process.pid}.tar`);
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  process.env.YOROZU_PGLITE_TEMPLATE = file;
  return async () => {
    await rm(file, { force: true });
  };
}
