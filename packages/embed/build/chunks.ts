import { createHash } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { build, type InlineConfig, type Plugin, type Rolldown } from 'vite';
import { ssrSourceCondition, vanillaExtract } from '../../../vite.shared.ts';
import {
  CHUNK_ENTRIES,
  CHUNK_EVENT,
  type ChunkName,
  chunkFile,
  RUNTIME_CHUNKS,
  SHARED_EXPORTS,
} from '../src/shared/chunk-names.ts';
import { preactOnFrozenIntrinsics } from './frozen-intrinsics.ts';
import { inlineCss } from './inline-css.ts';

const packages = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The SHARED_EXPORTS id of one of our source files, if chunks share it:
 * `packages/core/src/rules/points.ts` is `@loyaltykit/core/rules/points`.
 */
function sharedId(file: string): string | undefined {
  const match = /^([\w-]+)\/src\/(.+)\.tsx?$/.exec(file.slice(packages.length));
  const id = match && `@loyaltykit/${match[1]}/${match[2]}`;
  return id && Object.hasOwn(SHARED_EXPORTS, id) ? id : undefined;
}
/**
 * `LOYALTYKIT_UNMINIFIED=1 pnpm --filter @loyaltykit/embed build`: chunks keep
 * their names and `//#region <source>` comments, so `pnpm bench:profile` can
 * attribute main-thread time to source files. Never for a release: the bytes
 * and the size budgets are the minified build's.
 */
const minify = !process.env.LOYALTYKIT_UNMINIFIED;
/**
 * Puts V8's explicit compile hint (Chrome 136 and later) first in the
 * entry and every chunk: their functions are compiled while the file streams
 * in, on a background thread, instead of on the main thread the first time
 * each is called (a third of the runtime's main-thread time at boot, by
 * `node bench/compare.mjs`). Each file runs nearly all of its code as soon as
 * it is used (the runtime paints, the panel opens), so little is compiled for
 * nothing. Other engines read a comment.
 */
export function compileHint(): Plugin {
  return {
    name: 'loyaltykit:compile-hint',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') output.code = `//# allFunctionsCalledOnLoad\n${output.code}`;
      }
    },
  };
}
const themeSources = fileURLToPath(new URL('../../theme/src/', import.meta.url));
const CHUNK_CSS = '__LK_CHUNK_CSS__';
const MANIFEST_MODULE = 'virtual:loyaltykit-chunks';

/** Base64 SHA-256 digest of a file: its SRI hash without the `sha256-` prefix. */
const digest = (code: string | Uint8Array) => createHash('sha256').update(code).digest('base64');

/**
 * Subresource Integrity value. SHA-256: as safe for SRI as SHA-384, and the
 * entry carries one per chunk, where every incompressible byte counts.
 */
export const sri = (code: string | Uint8Array) => `sha256-${digest(code)}`;

/**
 * `module.export` pairs a CommonJS chunk (before minification) reads from
 * shared modules but SHARED_EXPORTS does not list.
 */
export function unsharedImports(code: string): string[] {
  const missing = new Set<string>();
  for (const [, binding, module] of code.matchAll(/(\w+) = require\("([^"]+)"\)/g)) {
    const allowed: readonly string[] | undefined =
      SHARED_EXPORTS[module as keyof typeof SHARED_EXPORTS];
    for (const [, name] of code.matchAll(new RegExp(`\\b${binding}\\.(\\w+)`, 'g'))) {
      if (!allowed?.includes(name as string)) missing.add(`${module}.${name}`);
    }
  }
  return [...missing];
}

/**
 * Turns one chunk's bundle into a classic script that hands the entry's
 * loader its module factory and its own CSS:
 *   document.dispatchEvent(new CustomEvent('loyaltykit:chunk', { detail: { name, css, factory } }))
 * A runtime chunk carries the shared modules and the theme CSS (reset,
 * `:host`); every other chunk takes the shared modules from it at run time
 * and leaves the theme CSS out, so its rules can simply be appended after the
 * runtime's.
 */
function chunkWrapper(runtime: boolean): Plugin[] {
  return [
    {
      name: 'loyaltykit:chunk-wrapper',
      enforce: 'pre',
      async resolveId(source, importer, options) {
        if (runtime) return null;
        if (Object.hasOwn(SHARED_EXPORTS, source)) return { id: source, external: true };
        // Every import, relative or by package (`@loyaltykit/components/context`): a shared file
        // reached either way must come from the runtime, or the chunk would carry a second copy.
        if (!importer) return null;
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        const id = resolved && sharedId(resolved.id);
        return id ? { id, external: true } : resolved;
      },
      transform(_code, id) {
        if (!runtime && id.startsWith(themeSources) && id.endsWith('.vanilla.css')) {
          return { code: '' };
        }
        return null;
      },
      renderChunk(code, chunk) {
        const unshared = unsharedImports(code);
        if (unshared.length > 0) {
          this.error(
            `Chunk ${chunk.name} uses ${unshared.join(', ')}, which the runtime does not share: add them to SHARED_EXPORTS in src/shared/chunk-names.ts.`,
          );
        }
        const detail = `{name:${JSON.stringify(chunk.name)},css:"${CHUNK_CSS}",factory:function(require,exports){${code}\n}}`;
        return `document.dispatchEvent(new CustomEvent(${JSON.stringify(CHUNK_EVENT)},{detail:${detail}}));`;
      },
    },
    inlineCss(CHUNK_CSS),
  ];
}

function chunkConfig(name: ChunkName, outDir: string, shared: InlineConfig): InlineConfig {
  const runtime = RUNTIME_CHUNKS.includes(name);
  return {
    ...shared,
    configFile: false,
    logLevel: 'warn',
    plugins: [
      preact(),
      ...(runtime ? [preactOnFrozenIntrinsics()] : []),
      vanillaExtract(),
      ssrSourceCondition(),
      ...chunkWrapper(runtime),
      compileHint(),
    ],
    resolve: {
      ...shared.resolve,
      // msw's cookie store pulls in tldts and the whole public-suffix list.
      alias: { tldts: fileURLToPath(new URL('./tldts-stub.ts', import.meta.url)) },
    },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify,
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: {
        // One build per chunk: a chunk must never import a shared sibling chunk.
        input: { [name]: fileURLToPath(new URL(`../${CHUNK_ENTRIES[name]}`, import.meta.url)) },
        preserveEntrySignatures: 'strict',
        // Renamed after the build, to the name chunkFile() derives from the digest.
        output: { format: 'cjs', entryFileNames: 'loyaltykit-[name].js' },
      },
    },
  };
}

/**
 * Builds every lazy chunk before the entry, each named for its content
 * (`chunkFile()`), then serves their SHA-256 digests to the entry as
 * `virtual:loyaltykit-chunks`: from one digest the loader knows both the file
 * name and the SRI hash, so the entry carries no separate hashed names.
 */
export function buildChunksFirst(outDir: string, shared: InlineConfig): Plugin {
  const manifest: Partial<Record<ChunkName, string>> = {};
  return {
    name: 'loyaltykit:build-chunks-first',
    apply: 'build',
    async buildStart() {
      // The entry build must not empty dist/ after this: it is configured with emptyOutDir false.
      rmSync(outDir, { recursive: true, force: true });
      for (const name of Object.keys(CHUNK_ENTRIES) as ChunkName[]) {
        // Said here: the later plugins' closeBundle errors (no entry written) would hide it.
        const result = (await build(chunkConfig(name, outDir, shared)).catch((error: unknown) => {
          console.error(`The ${name} chunk build failed:`, error);
          throw error;
        })) as Rolldown.RolldownOutput;
        const chunk = result.output.find((o): o is Rolldown.OutputChunk => o.type === 'chunk');
        if (!chunk) this.error(`The ${name} chunk build produced no chunk.`);
        manifest[name] = digest(chunk.code);
        renameSync(join(outDir, chunk.fileName), join(outDir, chunkFile(name, manifest[name])));
      }
    },
    resolveId: (id) => (id === MANIFEST_MODULE ? `\0${MANIFEST_MODULE}` : null),
    load: (id) =>
      id === `\0${MANIFEST_MODULE}` ? `export default ${JSON.stringify(manifest)};` : null,
  };
}
