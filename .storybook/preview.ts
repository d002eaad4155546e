import type { Preview } from '@storybook/preact-vite';
import {
  localeGlobalType,
  loyaltyLoader,
  withLoyaltyProvider,
} from '../packages/components/src/stories/withLoyalty.tsx';

const preview: Preview = {
  parameters: {
    // axe violations fail the story's test (Vitest addon and `pnpm test:stories`).
    a11y: { test: 'error' },
    layout: 'fullscreen',
  },
  globalTypes: { locale: localeGlobalType },
  initialGlobals: { locale: 'en' },
  loaders: [loyaltyLoader],
  decorators: [withLoyaltyProvider],
};

export default preview;
