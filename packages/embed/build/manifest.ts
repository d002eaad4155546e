import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { sri } from './chunks.ts';

/** The single-file build: the entry with every production chunk after it, for merchants who can host one file only. */
const FULL_BUNDLE = 'loyaltykit.full.js';

/**
 * Writes dist/loyaltykit.full.js (the entry followed by every production
 * chunk: each announces itself as the entry's loader expects, so nothing more
 * is fetched) and dist/manifest.json: every shipped file with its SRI hash,
 * for merchants who pin a version (`<script integrity="…">`).
 */
export function writeManifest(): Plugin {
  return {
    name: 'loyaltykit:manifest',
    apply: 'build',
    closeBundle() {
      const dir = this.environment.config.build.outDir;
      const chunks = readdirSync(dir).filter(
        // LoyaltyLion's runtime replaces the client's: a page loads one of the two.
        (f) => /^loyaltykit-.+\.js$/.test(f) && !/^loyaltykit-(demo|loyaltylion)/.test(f),
      );
      const parts = ['loyaltykit.js', ...chunks.sort()].map((f) =>
        readFileSync(join(dir, f), 'utf8'),
      );
      writeFileSync(join(dir, FULL_BUNDLE), parts.join('\n'));

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
