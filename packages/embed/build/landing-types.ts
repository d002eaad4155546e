import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const packages = fileURLToPath(new URL('../../', import.meta.url));
/** Our packages whose declarations the landing types use; embed bundles them instead of depending on them. */
const TYPED = ['core', 'theme'];

/** `from '@loyaltykit/core'` in a shipped declaration, pointed at its copy beside it. */
function pointAtCopies(file: string, typesDir: string): void {
  const text = readFileSync(file, 'utf8').replace(
    /from '@loyaltykit\/(\w+)'/g,
    (_found, name: string) => {
      if (!TYPED.includes(name))
        throw new Error(`${file} imports @loyaltykit/${name}, not shipped`);
      const target = relative(dirname(file), join(typesDir, name, 'index.js'));
      return `from '${target.startsWith('.') ? target : `./${target}`}'`;
    },
  );
  writeFileSync(file, text);
}

/**
 * Ships `dist-node/landing.d.ts` (node/landing.d.ts, its imports of the
 * workspace's sources pointed at `dist-node/types/`) with core's and theme's
 * declarations copied from their builds, so `@loyaltykit/embed/landing` is
 * typed with no dependency to install.
 */
export function shipLandingTypes(): Plugin {
  return {
    name: 'loyaltykit:landing-types',
    apply: 'build',
    closeBundle() {
      const out = this.environment.config.build.outDir;
      const typesDir = join(out, 'types');
      for (const name of TYPED) {
        const from = join(packages, name, 'dist');
        if (!existsSync(join(from, 'index.d.ts'))) {
          this.error(
            `packages/${name}/dist has no declarations: run \`pnpm build:packages\` first.`,
          );
        }
        cpSync(from, join(typesDir, name), {
          recursive: true,
          filter: (path) => !/\.(js|map)$/.test(path),
        });
      }
      const copied = (dir: string): string[] =>
        (readdirSync(dir, { recursive: true }) as string[])
          .filter((path) => path.endsWith('.d.ts'))
          .map((path) => join(dir, path));
      for (const file of copied(typesDir)) pointAtCopies(file, typesDir);
      const source = readFileSync(new URL('../node/landing.d.ts', import.meta.url), 'utf8');
      writeFileSync(
        join(out, 'landing.d.ts'),
        source.replace(/'\.\.\/\.\.\/(\w+)\/src\/([\w/-]+)\.ts'/g, "'./types/$1/$2.js'"),
      );
    },
  };
}
