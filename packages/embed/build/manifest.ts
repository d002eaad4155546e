import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { sri } from './chunks.ts';

/**
 * Writes dist/manifest.json: every shipped file with its SRI hash, for
 * merchants who pin a version (`<script integrity="…">`).
 */
export function writeManifest(): Plugin {
  return {
    name: 'loyaltykit:manifest',
    apply: 'build',
    closeBundle() {
      const dir = this.environment.config.build.outDir;
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.js'))
        .sort();
      const manifest = Object.fromEntries(
        files.map((file) => [file, { integrity: sri(readFileSync(join(dir, file))) }]),
      );
      writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
