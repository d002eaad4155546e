import preact from '@preact/preset-vite';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { defineConfig } from 'vitest/config';
import { clientConditions, serverConditions } from './vite.shared.ts';

// Unit (node) and component (happy-dom) tests. Stories run in a real browser
// from vitest.storybook.config.ts; Playwright specs live in e2e/.
const resolve = { conditions: clientConditions };
// The node project runs in Vite's SSR environment, which reads `ssr.resolve`, not `resolve`.
const ssr = { resolve: { conditions: serverConditions } };
// The vanilla-extract plugin compiles `.css.ts` files in a Vite server of its own, built
// from a project's config but with `ssr` replaced: give it the condition per environment.
const environments = { ssr };

export default defineConfig({
  test: {
    projects: [
      {
        // Node code may import packages whose index pulls in `.css.ts` files (theme, components).
        plugins: [vanillaExtractPlugin()],
        resolve,
        ssr,
        environments,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'packages/*/src/**/*.test.ts',
            'packages/*/build/**/*.test.ts',
            'packages/embed/node/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
        },
      },
      {
        plugins: [preact(), vanillaExtractPlugin()],
        resolve,
        environments,
        test: {
          name: 'components',
          environment: 'happy-dom',
          // Bundled by Vite like the components, so both share one Preact instance (hooks).
          server: { deps: { inline: ['@testing-library/preact'] } },
          include: ['packages/*/src/**/*.test.tsx'],
        },
      },
    ],
  },
});
