// A fresh, migrated database for one test file.
//
// Without TEST_DATABASE_URL: an in-memory PGlite, restored from a migrated template made
// once per run by test/global-setup.ts (restoring is faster than migrating each time).
// With TEST_DATABASE_URL (a PostgreSQL server): a new database per test file, created
// from a migrated template database and dropped at the end, so files never share rows.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { type Database, migrate, openDatabase } from '../src/server/db/database';

export function testDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

// Names of the databases a run makes are derived from the database TEST_DATABASE_URL
// names, so two runs against one server (two CI runs, two checkouts) never drop each
// other's databases.
function runPrefix(): string {
  const url = testDatabaseUrl();
  const base = url ? decodeURIComponent(new URL(url).pathname.slice(1)) : '';
  return (base || 'yorozu')
    .replace(/[^a-z0-9_]/gi, '_')
    .toLowerCase()
    .slice(0, 30);
}

export const TEMPLATE_DB = `${runPrefix()}_tpl`;
/** Every per-file database of this run starts with this prefix. */
export const FILE_DB_PREFIX = `${runPrefix()}_t_`;

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const url = testDatabaseUrl();
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDatabase extends Database {
  /** Connection URL of this file's database (PostgreSQL only). */
  url: string | undefined;
}

export async function createTestDatabase(options: { poolSize?: number } = {}): Promise<TestDatabase> {
  const url = testDatabaseUrl();
  if (url) {
    const name = `${FILE_DB_PREFIX}${process.pid}_${randomBytes(4).toString('hex')}`;
    await adminQuery(`create database ${name} template ${TEMPLATE_DB}`);
    // A test database need not survive a crash: commits do not wait for the disk.
    await adminQuery(`alter database ${name} set synchronous_commit = off`);
    const dbUrl = withDatabase(url, name);
    const database = await openDatabase({ url: dbUrl, poolSize: options.poolSize ?? 10 });
    return {
      ...database,
      url: dbUrl,
      close: async () => {
        await database.close();
        await adminQuery(`drop database if exists ${name} with (force)`);
      },
    };
  }
  const template = process.env.YOROZU_PGLITE_TEMPLATE;
  const database = template
    ? await openDatabase({ dataDir: 'memory://', loadDataDir: new Blob([await readFile(template)]) })
    : await openDatabase({ dataDir: 'memory://' });
  await migrate(database.db);
  return { ...database, url: undefined };
}
