import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Plugin } from 'vite';
import { shipDeclarations } from '../../vite.library.ts';
import { serverConditions } from '../../vite.shared.ts';

// Builds the package (src/index.ts), the Node HTTP server and its CLI
// (src/server.ts, src/cli.ts) to dist/, so they run on plain Node 20 without
// a TypeScript loader, with their declarations (vite.library.ts). Its
// dependencies (@loyaltykit/core, msw) stay imports, so an app's copy of core
// is the one the engine uses; other workspace code is bundled from source.
const root = fileURLToPath(new URL('.', import.meta.url));
const entries = { index: 'src/index.ts', server: 'src/server.ts', cli: 'src/cli.ts' };

/**
 * dist/ imports @loyaltykit/core, which Node resolves to core's dist/ (it
 * knows no source condition): build it first, so the e2e servers and the
 * demo run after this build alone.
 */
function buildCoreFirst(): Plugin {
  return {
    name: 'loyaltykit:build-core-first',
    apply: 'build',
    async buildStart() {
      await build({
        configFile: fileURLToPath(new URL('../core/vite.config.ts', import.meta.url)),
        logLevel: 'warn',
      });
    },
  };
}

export default defineConfig({
  plugins: [buildCoreFirst(), shipDeclarations(root, entries)],
  ssr: { resolve: { conditions: serverConditions }, external: ['@loyaltykit/core', 'msw'] },
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
        // The `loyaltykit-mock-server` bin: npm links it as a command.
        banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
      },
    },
  },
});
