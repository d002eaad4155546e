import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig, type InlineConfig } from 'vite';
import {
  clientConditions,
  singletons,
  ssrSourceCondition,
  vanillaExtract,
} from '../../vite.shared.ts';
import { writeCdnLayout } from './build/cdn.ts';
import { buildChunksFirst } from './build/chunks.ts';
import { preactOnFrozenIntrinsics } from './build/frozen-intrinsics.ts';
import { inlineCss } from './build/inline-css.ts';
import { writeManifest } from './build/manifest.ts';
import { shipTypes } from './build/types.ts';

// The script-tag build. Lazy chunks (HTTP client, panel, non-English catalogs,
// demo backend) are built first, one self-contained classic script each
// (build/chunks.ts); then the entry: one IIFE a merchant can paste anywhere,
// carrying the launcher, the theme and the chunks' file names and SRI hashes;
// last, the versioned CDN folder (build/cdn.ts).
const outDir = fileURLToPath(new URL('./dist/', import.meta.url));

const shared = {
  resolve: { conditions: clientConditions, dedupe: singletons },
  define: { 'process.env.NODE_ENV': '"production"' },
} satisfies InlineConfig;

export default defineConfig({
  ...shared,
  plugins: [
    preact(),
    preactOnFrozenIntrinsics(),
    vanillaExtract(),
    ssrSourceCondition(),
    buildChunksFirst(outDir, shared),
    inlineCss('__LK_CSS__'),
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
      entry: 'src/loyaltykit.ts',
      name: 'LoyaltyKitBundle',
      formats: ['iife'],
      fileName: () => 'loyaltykit.js',
    },
  },
});
