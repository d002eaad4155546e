import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import {
  clientConditions,
  singletons,
  ssrSourceCondition,
  vanillaExtract,
} from '../../vite.shared.ts';

export default defineConfig({
  plugins: [preact(), vanillaExtract(), ssrSourceCondition()],
  resolve: { conditions: clientConditions, dedupe: singletons },
  build: { target: 'es2022' },
});
