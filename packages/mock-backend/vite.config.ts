import { defineConfig } from 'vite';
import { serverConditions } from '../../vite.shared.ts';

// Builds the package (src/index.ts), the Node HTTP server and its CLI
// (src/server.ts, src/cli.ts) to dist/, so they run on plain Node 20 without a TypeScript loader. Workspace
// packages are bundled from source; msw stays an external dependency.
export default defineConfig({
  ssr: { resolve: { conditions: serverConditions } },
  build: {
    ssr: true,
    outDir: 'dist',
    target: 'node20',
    emptyOutDir: true,
    rollupOptions: {
      input: { index: 'src/index.ts', server: 'src/server.ts', cli: 'src/cli.ts' },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared/[name].js' },
    },
  },
});
