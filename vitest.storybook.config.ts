import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './chromium.ts';
import { ssrSourceCondition } from './vite.shared.ts';

// Every story in .storybook/main.ts runs as a browser test in Debian's Chromium:
// it must render, its `play` function must pass, and axe must find no violations
// (`a11y.test: 'error'` in .storybook/preview.ts). Vite config (plugins, resolve
// conditions) comes from main.ts's viteFinal through the storybookTest plugin.
export default defineConfig({
  plugins: [
    storybookTest({ configDir: '.storybook' }),
    // vanilla-extract builds its `.css.ts` compiler from this file, not from viteFinal.
    ssrSourceCondition(),
  ],
  test: {
    name: 'storybook',
    setupFiles: ['.storybook/vitest.setup.ts'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: chromiumLaunchOptions,
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
