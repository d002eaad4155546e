// Nothing Loyalty Kit needs: Vite's own JSX transform, told about Preact.
import { defineConfig } from 'vite';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { target: 'es2022' },
});
