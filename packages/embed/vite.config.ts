import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { defaultClientConditions, defineConfig } from 'vite';
import { CHUNK_MANIFEST, lazyChunks } from './build/chunks.ts';
import { inlineCss } from './build/inline-css.ts';
import { CHUNK_ENTRIES } from './src/chunk-names.ts';

// Two builds into one dist/. First (LK_BUILD=chunks) the lazy chunks: panel,
// non-English catalogs, demo backend; each a self-contained script that takes
// Preact and the context from the entry (build/chunks.ts). Then the entry:
// one IIFE, a classic script a merchant can paste anywhere, carrying every
// stylesheet and the chunks' file names and SRI hashes.
const chunks = process.env.LK_BUILD === 'chunks';
const outDir = fileURLToPath(new URL('./dist/', import.meta.url));

function chunkManifest(): string {
  const file = `${outDir}${CHUNK_MANIFEST}`;
  if (!existsSync(file))
    throw new Error(`${file} is missing: run the chunk build first (pnpm build).`);
  return readFileSync(file, 'utf8');
}

const shared = {
  resolve: { conditions: ['@loyaltykit/source', ...defaultClientConditions] },
  define: { 'process.env.NODE_ENV': '"production"' },
};

export default defineConfig(
  chunks
    ? {
        ...shared,
        plugins: [preact(), vanillaExtractPlugin(), ...lazyChunks()],
        resolve: {
          ...shared.resolve,
          // msw's cookie store pulls in tldts and the whole public-suffix list.
          alias: { tldts: fileURLToPath(new URL('./build/tldts-stub.ts', import.meta.url)) },
        },
        build: {
          outDir,
          emptyOutDir: true,
          target: 'es2022',
          modulePreload: false,
          cssCodeSplit: true,
          reportCompressedSize: false,
          rolldownOptions: {
            input: CHUNK_ENTRIES,
            preserveEntrySignatures: 'strict',
            output: { format: 'cjs', entryFileNames: 'loyaltykit-[name].[hash].js' },
          },
        },
      }
    : {
        ...shared,
        plugins: [preact(), vanillaExtractPlugin(), inlineCss()],
        define: { ...shared.define, __LK_CHUNKS__: chunkManifest() },
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2022',
          reportCompressedSize: false,
          lib: {
            entry: 'src/loyaltykit.ts',
            name: 'LoyaltyKitBundle',
            formats: ['iife'],
            fileName: () => 'loyaltykit.js',
          },
        },
      },
);
