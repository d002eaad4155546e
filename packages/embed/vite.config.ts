import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { defaultClientConditions, defineConfig } from 'vite';
import { inlineCss } from './build/inline-css.ts';

// Two builds into one dist/: the script-tag entry (IIFE, a classic script a
// merchant can paste anywhere) and, with LK_BUILD=demo, the demo chunk (ES
// module, imported by the entry only in demo mode). A separate build rather
// than a code-split chunk, so the entry shares nothing with it and never
// grows when the mock engine does.
const demo = process.env.LK_BUILD === 'demo';

export default defineConfig({
  plugins: [preact(), vanillaExtractPlugin(), ...(demo ? [] : [inlineCss()])],
  resolve: {
    conditions: ['@loyaltykit/source', ...defaultClientConditions],
    alias: demo ? { tldts: fileURLToPath(new URL('./build/tldts-stub.ts', import.meta.url)) } : {},
  },
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    target: 'es2022',
    emptyOutDir: !demo,
    reportCompressedSize: false,
    lib: demo
      ? { entry: 'src/demo.ts', formats: ['es'], fileName: () => 'loyaltykit-demo.js' }
      : {
          entry: 'src/loyaltykit.ts',
          name: 'LoyaltyKitBundle',
          formats: ['iife'],
          fileName: () => 'loyaltykit.js',
        },
  },
});
