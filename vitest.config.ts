import preact from '@preact/preset-vite';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Unit (node) and component (happy-dom) tests. Stories run in a real browser
// from vitest.storybook.config.ts; Playwright specs live in e2e/.
const resolve = { conditions: ['@loyaltykit/source', ...defaultClientConditions] };
// The node project runs in Vite's SSR environment, which reads `ssr.resolve`, not `resolve`.
const ssr = { resolve: { conditions: ['@loyaltykit/source', ...defaultServerConditions] } };

export default defineConfig({
  test: {
    projects: [
      {
        // Node code may import packages whose index pulls in `.css.ts` files (theme, components).
        plugins: [vanillaExtractPlugin()],
        resolve,
        ssr,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'packages/*/src/**/*.test.ts',
            'packages/*/build/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
        },
      },
      {
        plugins: [preact(), vanillaExtractPlugin()],
        resolve,
        test: {
          name: 'components',
          environment: 'happy-dom',
          include: ['packages/*/src/**/*.test.tsx'],
        },
      },
    ],
  },
});
