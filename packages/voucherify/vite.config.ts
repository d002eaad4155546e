import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { shipDeclarations } from '../../vite.library.ts';
import { serverConditions } from '../../vite.shared.ts';

// Builds the connector (src/index.ts) and the demo server over the fake
// Voucherify API (src/test/demo.ts, for examples/storefront/serve.mjs and the
// e2e spec) to dist/ for plain Node 20. Workspace code (core, the gateway) is
// bundled from source, so both run after this build alone; the validator
// (ajv) stays an import, and the fake reads the documents from vendor/.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [shipDeclarations(root, { index: 'src/index.ts' })],
  ssr: {
    resolve: { conditions: serverConditions },
    noExternal: [/^@loyaltykit\//],
    external: ['ajv', 'ajv-formats'],
  },
  build: {
    ssr: true,
    outDir: 'dist',
    target: 'node20',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      input: { index: 'src/index.ts', demo: 'src/test/demo.ts' },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared/[name].js' },
    },
  },
});
