import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './src/node/browser.ts';

/**
 * End-to-end tests run against production builds, served the way `npm run serve` serves them: the
 * engine's specs (tests/e2e/engine/) on the fixture talk, with one slide of every kind; the others
 * on the real talk.
 */
const port = Number(process.env.E2E_PORT ?? 4173);
const fixturePort = port + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    viewport: { width: 1280, height: 720 },
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    { name: 'engine', testDir: 'tests/e2e/engine', use: { baseURL: `http://127.0.0.1:${fixturePort}/` } },
    { name: 'talk', testIgnore: 'engine/**', use: { baseURL: `http://127.0.0.1:${port}/` } },
  ],
  webServer: [
    {
      command: `npx tsx scripts/serve.ts --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx tsx tests/e2e/support/serve-fixture.ts ${fixturePort}`,
      url: `http://127.0.0.1:${fixturePort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
