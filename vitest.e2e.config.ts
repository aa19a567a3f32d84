import { defineConfig } from 'vitest/config';

// Browser journeys: Playwright (playwright-core) drives Debian's Chromium against the real
// server started in-process on 127.0.0.1. Run with `npm run test:e2e` (builds the web app).
export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    testTimeout: 300_000,
    hookTimeout: 120_000,
    pool: 'forks',
    globalSetup: ['e2e/support/global-setup.ts'],
    fileParallelism: false,
  },
});
