import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['scratch/**/*.test.ts', 'src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
    globalSetup: ['test/global-setup.ts'],
  },
});
