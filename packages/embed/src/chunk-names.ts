/**
 * The lazily loaded chunks and the modules they share with the entry. One list
 * for both the build (build/chunks.ts) and the loader (src/chunk-loader.ts).
 */
export const CHUNK_ENTRIES = {
  client: 'src/chunks/client.ts',
  panel: 'src/chunks/panel.tsx',
  'product-points': 'src/chunks/product-points.tsx',
  'locale-th': 'src/chunks/locale-th.ts',
  'locale-ko': 'src/chunks/locale-ko.ts',
  'locale-ar': 'src/chunks/locale-ar.ts',
  demo: 'src/chunks/demo.ts',
} as const;

export type ChunkName = keyof typeof CHUNK_ENTRIES;

/**
 * What chunks take from the entry instead of bundling their own copy (one
 * Preact, one hooks state, one context object on the page), export by export
 * so the entry carries only what chunks use. The chunk build fails if a chunk
 * uses anything not listed here.
 */
export const SHARED_EXPORTS = {
  preact: ['Component', 'createContext', 'Fragment', 'h'],
  'preact/hooks': [
    'useCallback',
    'useContext',
    'useEffect',
    'useLayoutEffect',
    'useMemo',
    'useRef',
    'useState',
  ],
  'preact/jsx-runtime': ['Fragment', 'jsx', 'jsxs'],
  '@loyaltykit/components/context': ['useLoyalty'],
  // One error class: the copies in the client and panel chunks cost about 200 B.
  '@loyaltykit/core/errors': ['isLoyaltyError', 'LoyaltyError'],
  // One signals runtime: a chunk's computed must track the entry model's signals (a second copy
  // would not see them change, e.g. the shopper's identity).
  '@preact/signals-core': ['batch', 'computed', 'signal'],
} as const;

export type SharedModule = keyof typeof SHARED_EXPORTS;

/** The event a chunk dispatches on `document` to hand its module factory to the entry. */
export const CHUNK_EVENT = 'loyaltykit:chunk';

/**
 * A chunk's file name, from its name and the base64 SHA-256 digest of its
 * code: content-hashed for caching (8 digest characters, made URL-safe), and
 * derived rather than listed, so the entry carries one hash per chunk.
 */
export const chunkFile = (name: ChunkName, digest: string) =>
  `loyaltykit-${name}.${digest.slice(0, 8).replace(/\W/g, '_')}.js`;
