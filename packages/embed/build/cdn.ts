import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The package's version: the CDN folder's name, so a pinned tag never sees other bytes. */
export const VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

/** Where the versioned CDN layout goes, relative to dist/: `cdn/loyaltykit@0.1.0`. */
export const CDN_FOLDER = `cdn/loyaltykit@${VERSION}`;

/** What the CDN folder holds: the entry, its chunks, the full bundle, the manifest and the types. */
const SHIPPED = /^loyaltykit([.-].+)?\.(js|d\.ts)$|^manifest\.json$|^custom-elements\.json$/;

/**
 * Copies what a CDN serves into dist/cdn/loyaltykit@<version>/, flat: the
 * entry loads its chunks from its own folder, so the folder works under any
 * origin as uploaded. Runs after the manifest, the full bundle and the types
 * are written (it comes after their plugins).
 */
export function writeCdnLayout(): Plugin {
  return {
    name: 'loyaltykit:cdn-layout',
    apply: 'build',
    closeBundle() {
      const dir = this.environment.config.build.outDir;
      const to = join(dir, CDN_FOLDER);
      mkdirSync(to, { recursive: true });
      for (const file of readdirSync(dir).filter((f) => SHIPPED.test(f))) {
        copyFileSync(join(dir, file), join(to, file));
      }
    },
  };
}
