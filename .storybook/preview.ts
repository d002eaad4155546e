import type { Preview } from '@storybook/preact-vite';
import { brandGlobalType, themeGlobalType } from '../packages/components/src/stories/themes.ts';
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
  // Viewport: Storybook's built-in toolbar (phone sizes show the panel as a bottom sheet).
  globalTypes: { locale: localeGlobalType, theme: themeGlobalType, brand: brandGlobalType },
  initialGlobals: { locale: 'en', theme: 'light', brand: 'default' },
  loaders: [loyaltyLoader],
  decorators: [withLoyaltyProvider],
};

export default preview;
