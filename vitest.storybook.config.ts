import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Every story in .storybook/main.ts runs as a browser test in Debian's Chromium:
// it must render, its `play` function must pass, and axe must find no violations
// (`a11y.test: 'error'` in .storybook/preview.ts). Vite config (plugins, resolve
// conditions) comes from main.ts's viteFinal through the storybookTest plugin.
export default defineConfig({
  plugins: [
    storybookTest({ configDir: '.storybook' }),
    // vanilla-extract builds its `.css.ts` compiler from this file, not from viteFinal:
    // same plugin as `ssrSourceCondition()` in .storybook/source-condition.ts (kept
    // inline because tsconfig.tools.json does not typecheck .storybook/).
    {
      name: 'loyaltykit:ssr-source-condition',
      config: () => ({
        ssr: { resolve: { conditions: ['@loyaltykit/source', ...defaultServerConditions] } },
      }),
    },
  ],
  test: {
    name: 'storybook',
    setupFiles: ['.storybook/vitest.setup.ts'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
