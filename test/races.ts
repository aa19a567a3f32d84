// What the race tests share: they need PostgreSQL (PGlite runs one connection at a time,
// so nothing would race), their rounds take longer than an ordinary test, and they run two
// app instances on one database.
import type { Config } from '../src/server/config';
import { startTestApp, type TestApp, type TestClient } from './app';
import { createTestDatabase, type TestDatabase } from './database';

/** Many rounds on a loaded machine: well above the default test timeout. */
export const RACE_TIMEOUT = { timeout: 240_000 };

/**
 * True when TEST_DATABASE_URL points at PostgreSQL. Without it the tests are skipped with
 * a warning — except in CI, where a skipped race test would be a silent hole.
 */
export function postgresOnly(what: string): boolean {
  const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
  if (!onPostgres) {
    if (process.env.CI) throw new Error(`PostgreSQL is needed for ${what}: set TEST_DATABASE_URL.`);
    console.warn(`SKIPPED (PostgreSQL only, set TEST_DATABASE_URL): ${what}.`);
  }
  return onPostgres;
}

/** Two app instances on one PostgreSQL database, its pool large enough for both: how the race tests run. */
export interface TwoInstances {
  database: TestDatabase;
  one: TestApp;
  two: TestApp;
}

/** `overrides` are each instance's settings (the payment provider, say), as startTestApp takes them. */
export async function twoInstances(overrides: () => Partial<Config> = () => ({})): Promise<TwoInstances> {
  const database = await createTestDatabase({ poolSize: 20 });
  const one = await startTestApp(overrides(), { database });
  const two = await startTestApp(overrides(), { database });
  return { database, one, two };
}

/** Stops both instances, then the database (whatever was started, after a failed start too). */
export async function closeInstances(pair: Partial<TwoInstances> | undefined): Promise<void> {
  await pair?.one?.close();
  await pair?.two?.close();
  await pair?.database?.close();
}

/** The same account logged in on another instance. */
export async function loginOn(app: TestApp, user: { email: string; password: string }): Promise<TestClient> {
  const c = await app.client();
  await c.post('/api/v1/auth/login', { email: user.email, password: user.password });
  return c;
}
