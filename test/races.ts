// What the race tests share: they need PostgreSQL (PGlite runs one connection at a time,
// so nothing would race), and their rounds take longer than an ordinary test.

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
