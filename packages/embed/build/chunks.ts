import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { CHUNK_EVENT, SHARED_EXPORTS } from '../src/chunk-names.ts';
import { findUnscopedCss } from './css-scope.ts';

const contextFile = fileURLToPath(
  new URL('../../components/src/LoyaltyProvider/context.ts', import.meta.url),
);
const themeSources = fileURLToPath(new URL('../../theme/src/', import.meta.url));
const CSS_PLACEHOLDER = /(["'`])__LK_CHUNK_CSS__\1/;

/** File name the chunk build writes its manifest to, and the entry build reads. */
export const CHUNK_MANIFEST = 'chunks.json';

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
 * The chunk build. Each chunk becomes one classic script that hands the
 * entry's loader its module factory and its own CSS:
 *   document.dispatchEvent(new CustomEvent('loyaltykit:chunk', { detail: { name, css, factory } }))
 * Shared modules come from the entry at run time; theme CSS (reset, `:host`)
 * is always in the entry, so chunks leave it out and their rules can simply
 * be appended after the entry's. The build fails if a chunk uses an unshared
 * export or the bundler splits out a common chunk, and writes chunks.json
 * with each chunk's file name and the SRI hash of the bytes on disk.
 */
export function lazyChunks(): Plugin[] {
  return [
    {
      name: 'loyaltykit:lazy-chunks',
      apply: 'build',
      enforce: 'pre',
      async resolveId(source, importer, options) {
        if (Object.hasOwn(SHARED_EXPORTS, source)) return { id: source, external: true };
        if (!importer || !source.endsWith('context.ts')) return null;
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        return resolved?.id === contextFile
          ? { id: '@loyaltykit/components/context', external: true }
          : resolved;
      },
      transform(_code, id) {
        if (id.startsWith(themeSources) && id.endsWith('.vanilla.css')) return { code: '' };
        return null;
      },
      renderChunk(code, chunk) {
        if (!chunk.isEntry) {
          this.error(
            `Shared chunk ${chunk.fileName} was split out; chunks must be self-contained.`,
          );
        }
        const unshared = unsharedImports(code);
        if (unshared.length > 0) {
          this.error(
            `Chunk ${chunk.name} uses ${unshared.join(', ')}, which the entry does not share: add them to SHARED_EXPORTS in src/chunk-names.ts.`,
          );
        }
        const detail = `{name:${JSON.stringify(chunk.name)},css:"__LK_CHUNK_CSS__",factory:function(require,exports){${code}\n}}`;
        return `document.dispatchEvent(new CustomEvent(${JSON.stringify(CHUNK_EVENT)},{detail:${detail}}));`;
      },
    },
    {
      name: 'loyaltykit:lazy-chunks-css',
      apply: 'build',
      enforce: 'post',
      generateBundle(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type !== 'chunk') continue;
          let css = '';
          for (const cssFile of output.viteMetadata?.importedCss ?? []) {
            const asset = bundle[cssFile];
            if (asset?.type === 'asset') css += String(asset.source);
            delete bundle[cssFile];
          }
          const problems = findUnscopedCss(css);
          if (problems.length > 0) {
            this.error(
              `Chunk ${output.name} CSS would reach the host page:\n  ${problems.join('\n  ')}`,
            );
          }
          output.code = output.code.replace(CSS_PLACEHOLDER, () => JSON.stringify(css));
        }
      },
      writeBundle(options, bundle) {
        const dir = options.dir ?? 'dist';
        const manifest: Record<string, { file: string; integrity: string }> = {};
        for (const output of Object.values(bundle)) {
          if (output.type !== 'chunk') continue;
          const bytes = readFileSync(join(dir, output.fileName));
          const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
          manifest[output.name] = { file: output.fileName, integrity };
        }
        writeFileSync(join(dir, CHUNK_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
      },
    },
  ];
}
