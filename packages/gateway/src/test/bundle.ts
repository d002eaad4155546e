// Bundles a TypeScript entry of this workspace into one ES module, for code
// that runs outside Vitest: gateway processes on plain Node, workers in workerd.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, defaultServerConditions } from 'vite';

// Workspace packages resolve from source, as everywhere else in the repo (vite.shared.ts).
const serverConditions = ['@loyaltykit/source', ...defaultServerConditions];

/** The path of the built module. */
export async function bundle(entry: string, target: 'node' | 'webworker'): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'loyaltykit-gateway-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    ssr: { resolve: { conditions: serverConditions }, noExternal: true, target },
    build: {
      ssr: entry,
      outDir,
      target: 'es2022',
      rollupOptions: { output: { format: 'es', entryFileNames: 'entry.js' } },
    },
  });
  return join(outDir, 'entry.js');
}
