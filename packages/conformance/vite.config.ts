import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { shipDeclarations } from '../../vite.library.ts';
import { serverConditions } from '../../vite.shared.ts';

// Builds the library and the `loyaltykit-conformance` CLI to dist/ for plain
// Node 20, with the workspace code they use (client schemas, the gateway's
// token signer) bundled from source: the CLI runs after this build alone.
const root = fileURLToPath(new URL('.', import.meta.url));
const entries = { index: 'src/index.ts', cli: 'src/cli.ts' };

export default defineConfig({
  plugins: [shipDeclarations(root, entries)],
  ssr: { resolve: { conditions: serverConditions }, noExternal: true },
  build: {
    ssr: true,
    outDir: 'dist',
    target: 'node20',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      input: entries,
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'shared/[name].js',
        banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
      },
    },
  },
});
