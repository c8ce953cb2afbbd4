import { defineConfig } from '@playwright/test';

// One stack for the whole run (started in global setup), one worker: the machine has two
// cores and the stack itself needs them. Each test makes its own organization, so tests
// do not depend on one another.
export default defineConfig({
  testDir: './src',
  globalSetup: './src/support/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  timeout: 60_000,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  outputDir: '../../tmp/e2e-results',
  use: {
    baseURL: process.env['E2E_BASE_URL'],
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'api', testMatch: /api\/.*\.e2e\.ts$/ },
    {
      name: 'browser',
      testMatch: /browser\/.*\.e2e\.ts$/,
      use: {
        browserName: 'chromium',
        headless: true,
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
        },
      },
    },
  ],
});
