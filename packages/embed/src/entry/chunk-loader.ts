import chunks from 'virtual:loyaltykit-chunks';
import { CHUNK_EVENT, type ChunkName, chunkFile } from '../shared/chunk-names.ts';
import type { LoadChunk } from '../shared/host.ts';
import { yieldToPage } from '../shared/yield-to-page.ts';

type Require = (id: string) => unknown;
type Factory = (require: Require, exports: Record<string, unknown>) => void;

/** Trusted Types, in browsers that have them (TypeScript's DOM types do not, yet). */
interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL(url: string): string },
  ): { createScriptURL(url: string): string };
}

/**
 * Our Trusted Types policy: pages that send `require-trusted-types-for
 * 'script'` with a `trusted-types` allow-list add this name to it. It passes
 * URLs through unchecked: it never leaves this module, and only ever sees URLs
 * made from the entry's own URL and a chunk name the build knows.
 */
const TRUSTED_TYPES_POLICY = 'loyaltykit';

/**
 * Loads chunks as classic scripts next to the entry (same base URL, the
 * entry's CSP nonce, SRI integrity). Each chunk is a CommonJS factory wrapped
 * to announce itself with a DOM event (build/chunks.ts); the loader runs it
 * and hands its CSS to `addCss`. A chunk that exports `shared` (the runtime:
 * Preact, hooks, signals, the model's helpers) provides those modules to the
 * chunks run after it (SHARED_EXPORTS), so the page has one copy of each. A
 * failed load rejects and may be tried again.
 */
export function createChunkLoader(
  baseUrl: string,
  nonce: string | undefined,
  addCss: (css: string) => void,
): LoadChunk {
  const modules: Record<string, unknown> = {};
  const require: Require = (id) => {
    if (Object.hasOwn(modules, id)) return modules[id];
    throw new Error(`Loyalty Kit chunk asked for unknown module ${id}`);
  };

  const factories = new Map<string, { factory: Factory; css: string }>();
  document.addEventListener(CHUNK_EVENT, (event) => {
    const detail = (event as CustomEvent<{ name?: unknown; css?: unknown; factory?: unknown }>)
      .detail;
    if (
      typeof detail?.name === 'string' &&
      typeof detail.css === 'string' &&
      typeof detail.factory === 'function'
    ) {
      factories.set(detail.name, { factory: detail.factory as Factory, css: detail.css });
    }
  });

  const cache = new Map<ChunkName, Promise<unknown>>();
  let policy: ReturnType<TrustedTypesFactory['createPolicy']> | undefined;

  /** Runs a chunk's factory against the shared modules, keeps what it shares and adopts its CSS. */
  function run(chunk: { factory: Factory; css: string }): Record<string, unknown> {
    const exports: Record<string, unknown> = {};
    chunk.factory(require, exports);
    Object.assign(modules, exports.shared);
    if (chunk.css) addCss(chunk.css);
    return exports;
  }

  function fetchChunk(name: ChunkName): Promise<unknown> {
    // Already announced: loyaltykit.full.js carries its chunks after the entry.
    const bundled = factories.get(name);
    if (bundled) return Promise.resolve(run(bundled));
    const file = chunkFile(name, chunks[name]);
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      const url = new URL(file, baseUrl).href;
      // Created on first use; if the page's allow-list lacks our name this throws, and the load fails like a network error would.
      policy ??= (window as { trustedTypes?: TrustedTypesFactory }).trustedTypes?.createPolicy(
        TRUSTED_TYPES_POLICY,
        { createScriptURL: (allowed) => allowed },
      );
      // A page requiring Trusted Types accepts only a TrustedScriptURL here.
      script.src = policy?.createScriptURL(url) ?? url;
      script.integrity = `sha256-${chunks[name]}`;
      script.crossOrigin = 'anonymous';
      if (nonce) script.nonce = nonce;
      script.onload = script.onerror = () => {
        script.remove();
        const chunk = factories.get(name);
        // Its modules run in a task after the one that evaluated it: the two together make a long
        // task on a phone. A module that throws fails the load.
        if (chunk) resolve(yieldToPage().then(() => run(chunk)));
        else reject(new Error(`Loyalty Kit could not load ${file}`));
      };
      document.head.append(script);
    });
  }

  return <T>(name: ChunkName): Promise<T> => {
    let pending = cache.get(name);
    if (!pending) {
      pending = fetchChunk(name);
      pending.catch(() => cache.delete(name));
      cache.set(name, pending);
    }
    return pending as Promise<T>;
  };
}
