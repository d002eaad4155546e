import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// What an app outside this repository writes: the packages come from their
// published dist/ (build them first: `pnpm build:packages`), with their CSS
// already compiled; no vanilla-extract plugin, no source condition.
export default defineConfig({
  plugins: [preact()],
  build: { target: 'es2022' },
});
