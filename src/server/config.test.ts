// Settings checked at start: instances that share a PostgreSQL database must share the
// server key, so a key generated into one instance's data directory is refused there.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

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
