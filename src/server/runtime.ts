// Opening everything the server needs from a configuration: database (migrated), mailer.
// Shared by `main` and the operator CLI.
import { join } from 'node:path';
import type { Config } from './config';
import { type Database, migrate, openDatabase } from './db/database';
import { devMailboxMailer, type Mailer, smtpMailer, withOperatorFooter } from './integrations/mail/mailer';

export async function openRuntimeDatabase(config: Config, options: { migrate?: boolean } = {}): Promise<Database> {
  const database = config.databaseUrl
    ? await openDatabase({ url: config.databaseUrl, poolSize: config.databasePoolSize })
    : await openDatabase({ dataDir: config.dataDir });
  if (options.migrate !== false) await migrate(database.db);
  return database;
}

export function createMailer(config: Config, database: Database): Mailer {
  if (config.smtpUrl) return withOperatorFooter(smtpMailer(config.smtpUrl, config.mailFrom), config.operator);
  if (config.mode === 'production') throw new Error('SMTP_URL is required in production mode.');
  return withOperatorFooter(devMailboxMailer(database.db), config.operator);
}

export function describeDatabase(config: Config): string {
  if (config.databaseUrl) {
    const u = new URL(config.databaseUrl);
    return `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`;
  }
  return `PGlite (${join(config.dataDir, 'pglite')})`;
}
