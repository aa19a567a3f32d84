import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, testConfig } from './config';
import type { Deps } from './deps';
import { seedDemo } from './seed/demo';

const production = {
  NODE_ENV: 'production',
  YOROZU_SECRET: 'a-production-secret-of-32-characters-or-more',
  PUBLIC_URL: 'https://yorozu.example.jp',
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
