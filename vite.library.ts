// How the publishable libraries (core, client, theme, components, gateway)
// build to dist/ for apps outside this repository: ESM with source maps, one
// module per source module (so a consumer's bundler drops what it does not
// import), every bare import left to the consumer's install, the .d.ts files
// tsc -b wrote to .tsbuild/ copied next to the JS, and vanilla-extract CSS
// compiled to dist/styles.css plus the same text as a JS string (for
// constructable stylesheets in shadow roots), so no consumer needs a
// vanilla-extract plugin or the workspace's source condition.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { Plugin, PluginOption, UserConfig } from 'vite';
import { inlineCss } from './packages/embed/build/inline-css.ts';
import { clientConditions, ssrSourceCondition, vanillaExtract } from './vite.shared.ts';

/**
 * Every library build runs from the repository root: vanilla-extract derives
 * class names from the path relative to the Vite root and the root's package
 * name, so the theme's `reset` and `root` classes get one name whether the
 * theme's build or the components' build compiles them.
 */
const REPO_ROOT = fileURLToPath(new URL('.', import.meta.url));

/** Placeholder a package's `src/styles.ts` exports; replaced by its compiled CSS. */
export const STYLES_PLACEHOLDER = '__LK_PACKAGE_CSS__';

export interface LibraryOptions {
  /** The package directory (`fileURLToPath(new URL('.', import.meta.url))`). */
  root: string;
  /** Public entry name → source file, relative to `root`. */
  entries: Record<string, string>;
  /** The package compiles `.css.ts` files: emit `styles.css` and fill `src/styles.ts`. */
  css?: boolean;
  /** The package has JSX. */
  jsx?: boolean;
}

const bare = (id: string) =>
  !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !id.startsWith('virtual:');

/** Relative module specifiers of a declaration file (`from './x.ts'`, `import('./x.ts')`). */
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])(\.\.?\/[^'"]+)\2/gm;

/** `./x.ts`, `./x.tsx`, `./x.js` → `./x.js`: the file Node and bundlers load next to `x.d.ts`. */
const toJs = (specifier: string) => specifier.replace(/\.(tsx?|jsx?)$/, '.js');

/**
 * Copies the declarations reachable from each entry out of `.tsbuild/` into
 * `dist/` (tests, stories and test helpers stay behind), rewriting `.ts`
 * specifiers to `.js`, which consumers' TypeScript resolves without
 * `allowImportingTsExtensions`. Fails when a declaration is missing: run
 * `tsc -b` first (the package's build script does).
 */
export function shipDeclarations(root: string, entries: Record<string, string>): Plugin {
  return {
    name: 'loyaltykit:library-declarations',
    apply: 'build',
    closeBundle() {
      const from = join(root, '.tsbuild');
      const to = join(root, 'dist');
      const pending = Object.values(entries).map((source) =>
        relative(join(root, 'src'), join(root, source)).replace(/\.tsx?$/, '.d.ts'),
      );
      const done = new Set<string>();
      while (pending.length > 0) {
        const file = pending.pop() as string;
        if (done.has(file)) continue;
        done.add(file);
        const path = join(from, file);
        if (!existsSync(path)) throw new Error(`${path} is missing: run tsc -b before vite build.`);
        const text = readFileSync(path, 'utf8').replace(SPECIFIER, (_all, head, quote, spec) => {
          pending.push(join(dirname(file), spec.replace(/\.(tsx?|jsx?)$/, '.d.ts')));
          return `${head}${quote}${toJs(spec)}${quote}`;
        });
        mkdirSync(dirname(join(to, file)), { recursive: true });
        writeFileSync(join(to, file), text);
      }
    },
  };
}

/** Vite config for one publishable package; see the file comment. */
export function libraryConfig({ root, entries, css = false, jsx = false }: LibraryOptions) {
  const plugins: PluginOption[] = [];
  if (jsx) plugins.push(preact());
  if (css) {
    plugins.push(
      vanillaExtract(),
      ssrSourceCondition(),
      inlineCss(STYLES_PLACEHOLDER, 'styles.css'),
    );
  }
  plugins.push(shipDeclarations(root, entries));
  return {
    root: REPO_ROOT,
    publicDir: false,
    plugins,
    resolve: { conditions: clientConditions },
    build: {
      outDir: join(root, 'dist'),
      emptyOutDir: true,
      target: 'es2022',
      minify: false, // the consumer's bundler minifies; readable dist aids debugging
      sourcemap: true,
      reportCompressedSize: false,
      lib: {
        entry: Object.fromEntries(
          Object.entries(entries).map(([name, source]) => [name, resolve(root, source)]),
        ),
        formats: ['es'],
      },
      rolldownOptions: {
        external: bare,
        output: {
          preserveModules: true,
          preserveModulesRoot: resolve(root, 'src'),
          entryFileNames: '[name].js',
        },
      },
    },
  } satisfies UserConfig;
}
