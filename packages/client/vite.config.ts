import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { libraryConfig } from '../../vite.library.ts';

// The published build (dist/): see vite.library.ts.
export default defineConfig(
  libraryConfig({
    root: fileURLToPath(new URL('.', import.meta.url)),
    entries: { index: 'src/index.ts', 'adapter-kit': 'src/adapter-kit.ts' },
  }),
);
