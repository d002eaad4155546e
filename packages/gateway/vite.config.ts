import { defineConfig } from 'vite';
import { serverConditions } from '../../vite.shared.ts';

// Builds the gateway and its runtime adapters to dist/ as ES modules for servers (Node 20,
// Workers, Deno, Bun). Workspace packages are bundled from source; Node built-ins stay imports.
export default defineConfig({
  ssr: { resolve: { conditions: serverConditions } },
  build: {
    ssr: true,
    outDir: 'dist',
    target: 'es2022',
    emptyOutDir: true,
    rollupOptions: {
      input: {
        index: 'src/index.ts',
        node: 'src/node.ts',
        redis: 'src/idempotency/redis.ts',
        workers: 'src/workers.ts',
      },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared/[name].js' },
    },
  },
});
