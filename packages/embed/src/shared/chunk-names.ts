/**
 * The lazily loaded chunks and the modules they share. One list for both the
 * build (build/chunks.ts) and the loader (src/entry/chunk-loader.ts). `client`,
 * `demo` and `loyaltylion` are the runtime (one of them per page, by
 * `data-api-url` and `data-backend`); the others take the runtime's
 * {@link SHARED_EXPORTS}.
 */
export const CHUNK_ENTRIES = {
  client: 'src/chunks/client.ts',
  panel: 'src/chunks/panel.tsx',
  'locale-th': 'src/chunks/locale-th.ts',
  'locale-ko': 'src/chunks/locale-ko.ts',
  'locale-ar': 'src/chunks/locale-ar.ts',
  demo: 'src/chunks/demo.ts',
  loyaltylion: 'src/chunks/loyaltylion.ts',
  'demo-loyaltylion': 'src/chunks/demo-loyaltylion.ts',
} as const;

export type ChunkName = keyof typeof CHUNK_ENTRIES;

/** The runtime chunks: they carry what the others share. */
export const RUNTIME_CHUNKS: readonly ChunkName[] = ['client', 'demo', 'loyaltylion'];

/**
 * What chunks take from the runtime chunk instead of bundling their own copy
 * (one Preact, one hooks state, one context object on the page), export by
 * export so the runtime carries only what chunks use. The chunk build fails
 * if a chunk uses anything not listed here. Our own source files are named
 * by package and path: `@loyaltykit/core/rules/points` is
 * `packages/core/src/rules/points.ts`.
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
  '@loyaltykit/components/LoyaltyProvider/context': ['useLoyalty'],
  // One error class: the copies in the client and panel chunks cost about 200 B.
  '@loyaltykit/core/errors': ['isLoyaltyError', 'LoyaltyError'],
  // One signals runtime: a chunk's computed must track the entry model's signals (a second copy
  // would not see them change, e.g. the shopper's identity).
  '@preact/signals-core': ['batch', 'computed', 'signal'],
  // The points and money rules, URL checks and embed attributes that product points (in the
  // runtime) and the panel's embeds both use.
  '@loyaltykit/core/rules/points': ['activeBonusEvent', 'pointsForCart', 'pointsForLine'],
  '@loyaltykit/core/rules/money': ['minorUnitDigits'],
  '@loyaltykit/core/safe-url': ['safeUrl'],
  '@loyaltykit/core/referral': ['referralCodeOf', 'withReferralCode'],
  '@loyaltykit/components/useSignalValue': ['useSignalValue'],
  '@loyaltykit/embed/runtime/attributes': ['cartAttribute', 'moneyAttribute', 'reportAttributes'],
  '@loyaltykit/embed/runtime/referral': ['referralCode'],
} as const;

export type SharedModule = keyof typeof SHARED_EXPORTS;

/** The event a chunk dispatches on `document` to hand its module factory to the entry's loader. */
export const CHUNK_EVENT = 'loyaltykit:chunk';

/**
 * A chunk's file name, from its name and the base64 SHA-256 digest of its
 * code: content-hashed for caching (8 digest characters, made URL-safe), and
 * derived rather than listed, so the entry carries one hash per chunk.
 */
export const chunkFile = (name: ChunkName, digest: string) =>
  `loyaltykit-${name}.${digest.slice(0, 8).replace(/\W/g, '_')}.js`;
