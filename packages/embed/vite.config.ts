import { fileURLToPath } from 'node:url';
import { defineConfig, type InlineConfig } from 'vite';
import { clientConditions, singletons, ssrSourceCondition } from '../../vite.shared.ts';
import { writeCdnLayout } from './build/cdn.ts';
import { buildChunksFirst, compileHint } from './build/chunks.ts';
import { writeManifest } from './build/manifest.ts';
import { shipTypes } from './build/types.ts';

// The script-tag build. Lazy chunks (the runtime with the HTTP client or the
// demo backend, the panel, non-English catalogs) are built first, one
// self-contained classic script each (build/chunks.ts); then the entry: one
// IIFE a merchant can paste anywhere, with no Preact, carrying the element
// shells, the option reader and the chunks' file names and SRI hashes; last,
// the versioned CDN folder (build/cdn.ts).
const outDir = fileURLToPath(new URL('./dist/', import.meta.url));

const shared = {
  resolve: { conditions: clientConditions, dedupe: singletons },
  define: { 'process.env.NODE_ENV': '"production"' },
} satisfies InlineConfig;

export default defineConfig({
  ...shared,
  plugins: [
    ssrSourceCondition(),
    buildChunksFirst(outDir, shared),
    compileHint(),
    writeManifest(),
    shipTypes(),
    writeCdnLayout(),
  ],
  build: {
    outDir,
    emptyOutDir: false, // buildChunksFirst() empties it before the chunks are written
    target: 'es2022',
    reportCompressedSize: false,
    lib: {
      entry: 'src/entry/loyaltykit.ts',
      name: 'LoyaltyKitBundle',
      formats: ['iife'],
      fileName: () => 'loyaltykit.js',
    },
  },
});
