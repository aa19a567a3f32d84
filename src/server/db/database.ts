// Opens the database: the embedded PGlite in the data directory by default, or a
// PostgreSQL server through a `pg` pool when a URL is given. Both speak the same SQL.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import {
  type CompiledQuery,
  type DatabaseConnection,
  Kysely,
  type Migration,
  type MigrationProvider,
  Migrator,
  PostgresDialect,
  type PostgresDialectConfig,
  PostgresDriver,
  type QueryResult,
  sql,
  type TransactionSettings,
} from 'kysely';
import pg from 'pg';
import { isConnectionLost } from './errors';
import { migrations } from './migrations/index';
import { PGliteDialect } from './pglite-dialect';
import type { DB } from './schema';

export type Db = Kysely<DB>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** The embedded client, for PGlite-only operations such as dumping the data directory. */
  pglite?: PGlite;
  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL server URL; when absent, PGlite is used. */
  url?: string | undefined;
  /** PGlite data directory, or 'memory://' for an in-memory database. */
  dataDir?: string;
  poolSize?: number;
  /** A PGlite data directory dump to start from (tests use a migrated template). */
  loadDataDir?: Blob | File;
}

const INT8_OID = 20;
const DATE_OID = 1082;
const parseInt8 = (value: string) => Number(value);
// Calendar dates stay 'YYYY-MM-DD' strings: a JS Date would shift them by the time zone.
const parseDate = (value: string) => value;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url, options.poolSize ?? 10);
  return openPglite(options.dataDir ?? 'memory://', options.loadDataDir);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    // A request never waits for ever for a connection (the server restarting, connections
    // being cut): after this it answers 503 busy-retry.
    connectionTimeoutMillis: 10_000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID
          ? parseInt8
          : oid === DATE_OID
            ? parseDate
            : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // A client losing its connection (the server restarting, a backend terminated by an
  // administrator, a failover) emits 'error'. The pool listens on idle clients only; an
  // 'error' event with no listener on a client checked out by a request or the worker
  // would be thrown as an uncaught exception and stop the process. The statement in
  // flight fails on its own (mapped to 503 busy-retry), and the pool discards the broken
  // client when it is released and opens a new one.
  pool.on('error', () => {});
  // Every statement is prepared once per connection and reused: most of a short query's
  // time is planning. The set of statement texts is bounded (they come from code, with
  // values always passed as parameters).
  pool.on('connect', (client) => {
    client.on('error', () => {});
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (
      text: unknown,
      values?: unknown,
      callback?: unknown,
    ) => {
      if (
        typeof text === 'string' &&
        Array.isArray(values) &&
        values.length > 0 &&
        !/^\s*(begin|commit|rollback|savepoint|release|set|lock)\b/i.test(text)
      ) {
        return query({ name: `y_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`, text, values }, callback);
      }
      return callback === undefined ? query(text, values) : query(text, values, callback);
    };
  });
  const db = new Kysely<DB>({ dialect: new ReadRetryingPostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    ping: () => ping(db),
    close: () => db.destroy(),
  };
}

/**
 * A read outside a transaction that fails because its connection was lost is sent again
 * on another connection: a request whose change has committed then still reads its
 * answer, instead of answering 503 for a change that was made. Writes and anything inside
 * a transaction are never repeated here (the transaction is rolled back; the client may
 * retry the whole request).
 */
class ReadRetryingPostgresDialect extends PostgresDialect {
  constructor(private readonly settings: PostgresDialectConfig) {
    super(settings);
  }
  override createDriver() {
    return new ReadRetryingPostgresDriver(this.settings);
  }
}

const READ_RETRIES = 2;

type PgConnection = Parameters<PostgresDriver['releaseConnection']>[0];

class ReadRetryingPostgresDriver extends PostgresDriver {
  private readonly inTransaction = new WeakSet<DatabaseConnection>();
  private readonly patched = new WeakSet<DatabaseConnection>();

  override async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await super.acquireConnection();
    if (!this.patched.has(connection)) {
      this.patched.add(connection);
      const execute = connection.executeQuery.bind(connection);
      connection.executeQuery = async <R>(query: CompiledQuery): Promise<QueryResult<R>> => {
        try {
          return await execute<R>(query);
        } catch (error) {
          if (this.inTransaction.has(connection) || !isRead(query) || !isConnectionLost(error)) throw error;
          return this.retryRead<R>(query, error);
        }
      };
    }
    return connection;
  }

  private async retryRead<R>(query: CompiledQuery, firstError: unknown): Promise<QueryResult<R>> {
    let lastError = firstError;
    for (let attempt = 0; attempt < READ_RETRIES; attempt++) {
      const fresh = await super.acquireConnection();
      try {
        return await fresh.executeQuery<R>(query);
      } catch (error) {
        if (!isConnectionLost(error)) throw error;
        lastError = error;
      } finally {
        await super.releaseConnection(fresh as PgConnection);
      }
    }
    throw lastError;
  }

  override async beginTransaction(connection: PgConnection, settings: TransactionSettings): Promise<void> {
    this.inTransaction.add(connection);
    await super.beginTransaction(connection, settings);
  }

  override async releaseConnection(connection: PgConnection): Promise<void> {
    this.inTransaction.delete(connection);
    await super.releaseConnection(connection);
  }
}

function isRead(query: CompiledQuery): boolean {
  const kind = query.query.kind;
  return kind === 'SelectQueryNode' || (kind === 'RawNode' && /^\s*select\b/i.test(query.sql));
}

async function openPglite(dataDir: string, loadDataDir?: Blob | File): Promise<Database> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const path = dataDir.startsWith('memory://') ? dataDir : join(dataDir, 'pglite');
  const client = await PGlite.create(path, {
    parsers: { [INT8_OID]: parseInt8, [DATE_OID]: parseDate },
    ...(loadDataDir ? { loadDataDir } : {}),
  });
  // Without this, common search terms fall back to sequential scans on PGlite.
  await client.exec('set random_page_cost = 1.1');
  const db = new Kysely<DB>({ dialect: new PGliteDialect(client) });
  return {
    db,
    kind: 'pglite',
    pglite: client,
    ping: () => ping(db),
    close: () => db.destroy(),
  };
}

async function ping(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

class StaticProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  }
}

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrate(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new StaticProvider() });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${message}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
