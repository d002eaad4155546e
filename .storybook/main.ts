import type { StorybookConfig } from '@storybook/preact-vite';
import { mergeConfig } from 'vite';
import { clientConditions, ssrSourceCondition, vanillaExtract } from '../vite.shared.ts';

const config: StorybookConfig = {
  framework: '@storybook/preact-vite',
  stories: ['../packages/components/src/**/*.stories.tsx'],
  addons: ['@storybook/addon-vitest', '@storybook/addon-a11y'],
  // No network on the build machines, and nothing to report home.
  core: { disableTelemetry: true },
  async viteFinal(config) {
    return mergeConfig(config, {
      plugins: [vanillaExtract(), ssrSourceCondition()],
      // Workspace packages resolve from source through their export condition.
      resolve: { conditions: clientConditions },
    });
  },
};

export default config;
