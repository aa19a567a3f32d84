// What the journeys' servers share with the one seeding run before them.
import { testDatabaseUrl } from '../../test/database';

/** The environment every journey's server starts with (development mode, as `npm start`). */
export const SERVER_ENV = {
  NODE_ENV: 'development',
  HOST: '127.0.0.1',
  PORT: '0',
  LOG_LEVEL: 'warn',
  AUTH_RATE_LIMIT_PER_MINUTE: '1000',
  // The seeded data's sealed fields (bank accounts) need the key they were sealed with.
  YOROZU_SECRET: 'e2e-journeys-secret-e2e-journeys-secret-0123',
} as const;

/** The name of the seeded template database on the PostgreSQL server of TEST_DATABASE_URL. */
export function seededTemplateName(): string {
  const url = testDatabaseUrl();
  const base = url ? decodeURIComponent(new URL(url).pathname.slice(1)) : 'yorozu';
  return `${base}_e2e_seeded`.replace(/[^a-z0-9_]/gi, '_').toLowerCase();
}
