import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { libraryConfig } from '../../vite.library.ts';

// The published build (dist/): see vite.library.ts. Server code for Node 20,
// Workers, Deno and Bun; @loyaltykit/core and Node built-ins stay imports.
export default defineConfig(
  libraryConfig({
    root: fileURLToPath(new URL('.', import.meta.url)),
    entries: {
      index: 'src/index.ts',
      node: 'src/node.ts',
      redis: 'src/idempotency/redis.ts',
      workers: 'src/workers.ts',
    },
  }),
);
