import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.ts'

const PORT = Number(process.env.E2E_PORT ?? 4390)
// The whole F1DB history (tests/e2e/full-history.spec.ts): prepared once by `npm run
// full-history` (a no-op when .full-history/ is up to date, as after the vitest run).
const FULL_PORT = Number(process.env.E2E_FULL_PORT ?? PORT + 500)

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: '.playwright-results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /full-history\.spec\.ts/,
      use: { ...devices['Desktop Chrome'] },
    },
    {
      name: 'full-history',
      testMatch: /full-history\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${FULL_PORT}` },
    },
  ],
  webServer: [
    {
      command: `npx tsx scripts/serve.ts --dist dist --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx tsx scripts/full-history.ts --port ${FULL_PORT} --dist dist`,
      url: `http://127.0.0.1:${FULL_PORT}/`,
      reuseExistingServer: !process.env.CI,
      // Importing the whole history when it is not prepared yet takes about a minute.
      timeout: 300_000,
    },
  ],
})
