import preact from '@preact/preset-vite';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { defineConfig } from 'vite';
import { clientConditions } from '../../vite.shared.ts';

export default defineConfig({
  plugins: [preact(), vanillaExtractPlugin()],
  resolve: { conditions: clientConditions },
});
