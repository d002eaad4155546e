import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.ts';

// End-to-end tests drive the built script tag on the demo store, in Debian's
// Chromium (never a downloaded browser: see ../shared/TOOLCHAIN.md).
const port = Number(process.env.E2E_PORT ?? 4173);
/** Where the built Preact example is served (e2e/preact-app.spec.ts). */
export const preactAppUrl = `http://127.0.0.1:${port + 1}/`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions,
  },
  webServer: [
    {
      command: 'node examples/storefront/serve.mjs',
      env: { PORT: String(port) },
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
    },
    {
      // vite from the root node_modules/.bin: no pnpm needed on PATH (fresh machines run pnpm via npx).
      command: `vite preview examples/preact-app --host 127.0.0.1 --strictPort --port ${port + 1}`,
      url: preactAppUrl,
      reuseExistingServer: false,
    },
  ],
});
