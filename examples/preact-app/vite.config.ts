import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { clientConditions, ssrSourceCondition, vanillaExtract } from '../../vite.shared.ts';

export default defineConfig({
  plugins: [preact(), vanillaExtract(), ssrSourceCondition()],
  resolve: { conditions: clientConditions },
  build: { target: 'es2022' },
});
