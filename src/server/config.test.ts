// Settings checked at start: instances that share a PostgreSQL database must share the
// server key, so a key generated into one instance's data directory is refused there.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OPERATOR } from '../../test/operator-env';
import { ConfigError, loadConfig, testConfig } from './config';
import type { Deps } from './deps';
import { seedDemo } from './seed/demo';

const dirs: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'yorozu-config-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const URL = 'postgres://postgres@127.0.0.1:5432/yorozu';
const SECRET = 'a-shared-secret-of-at-least-32-characters';

describe('server key', () => {
  it('is required with DATABASE_URL, with a message that names it', () => {
    for (const mode of ['development', 'production'] as const) {
      const dir = dataDir();
      const env = { NODE_ENV: mode, DATABASE_URL: URL, YOROZU_DATA_DIR: dir, PUBLIC_URL: 'https://yorozu.example.jp' };
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(/YOROZU_SECRET .*DATABASE_URL/);
      expect(readdirSync(dir)).toEqual([]);
    }
  });

  it('is taken from YOROZU_SECRET with DATABASE_URL, and no key file is written', () => {
    const dir = dataDir();
    const config = loadConfig({ NODE_ENV: 'development', DATABASE_URL: URL, YOROZU_SECRET: SECRET, YOROZU_DATA_DIR: dir });
    expect(config.secret).toBe(SECRET);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is generated once into the data directory for the embedded database outside production', () => {
    const dir = dataDir();
    const first = loadConfig({ NODE_ENV: 'development', YOROZU_DATA_DIR: dir });
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(readdirSync(dir)).toEqual(['secret.key']);
    expect(loadConfig({ NODE_ENV: 'development', YOROZU_DATA_DIR: dir }).secret).toBe(first.secret);
  });
});

const production = {
  NODE_ENV: 'production',
  YOROZU_SECRET: 'a-production-secret-of-32-characters-or-more',
  PUBLIC_URL: 'https://yorozu.example.jp',
  ...OPERATOR,
};

describe('demo data in production', () => {
  it('refuses YOROZU_SEED_DEMO=true at start with a message that names it', () => {
    expect(() => loadConfig({ ...production, YOROZU_SEED_DEMO: 'true' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...production, YOROZU_SEED_DEMO: 'true' })).toThrow(/YOROZU_SEED_DEMO=true .*production/);
  });

  it('still starts with auto or false', () => {
    expect(loadConfig({ ...production }).seedDemo).toBe('auto');
    expect(loadConfig({ ...production, YOROZU_SEED_DEMO: 'false' }).seedDemo).toBe('false');
  });

  it('refuses seed --demo in production before touching the database', async () => {
    const untouchable = new Proxy(
      {},
      {
        get() {
          throw new Error('the database was used');
        },
      },
    );
    const deps = { config: testConfig({ mode: 'production' }), db: untouchable, clock: () => new Date() } as unknown as Deps;
    await expect(seedDemo(deps)).rejects.toThrow(ConfigError);
  });
});
