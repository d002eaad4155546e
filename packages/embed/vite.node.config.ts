import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { serverConditions, ssrSourceCondition, vanillaExtract } from '../../vite.shared.ts';
import { inlineCss } from './build/inline-css.ts';
import { shipLandingTypes } from './build/landing-types.ts';

// The Node build: the landing snippet renderer and its CLI (node/), run at
// a merchant's build time, never in a shop's page. The section's CSS is
// compiled from the same sources as the script tag's and inlined into the
// module, so the snippet carries its own styles.
export default defineConfig({
  plugins: [
    preact(),
    vanillaExtract(),
    ssrSourceCondition(),
    inlineCss('__LK_LANDING_CSS__'),
    shipLandingTypes(),
  ],
  ssr: { resolve: { conditions: serverConditions }, noExternal: true },
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    ssr: true,
    ssrEmitAssets: true,
    outDir: fileURLToPath(new URL('./dist-node/', import.meta.url)),
    emptyOutDir: true,
    target: 'node20',
    reportCompressedSize: false,
    rolldownOptions: {
      input: { landing: 'node/landing-snippet.ts', 'landing-cli': 'node/landing-cli.ts' },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared/[name].js' },
    },
  },
});
