import preact from '@preact/preset-vite';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  plugins: [preact(), vanillaExtractPlugin()],
  resolve: { conditions: ['@loyaltykit/source', ...defaultClientConditions] },
});
