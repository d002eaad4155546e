import type { Program } from '@loyaltykit/core';

/** The part of the Web Storage API the programme cache uses: the script tag passes `sessionStorage`. */
export type ProgramStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** A programme this client validated, and the ETag it came with. */
export interface HeldProgram {
  etag: string;
  program: Program;
  /**
   * A bootstrap answer named `etag`: this API is 1.2.0 or later, so its
   * preflights allow `X-Program-ETag` (an older one's refuse the request).
   */
  bootstrap: boolean;
}

/**
 * One storage item, holding one programme: the last one met in the tab. A
 * visit's page views share their API, key and locale; a page that changes
 * them replaces the entry, and the merchant's own keys are never crowded.
 */
const ITEM = 'loyaltykit:program';
/** Larger programmes stay in memory: the origin's few MB of storage are the merchant's. */
const MAX_CHARS = 256 * 1024;

/**
 * The last programme one API sent for `key` (its URL, publishable key and
 * locale): in memory, and in `storage` for the next page view. What storage
 * holds is read through `read` (the client's schema) again, since anything on
 * the page may have written it; storage that throws, is full or holds
 * something else costs the cache, never the call.
 */
export function createProgramCache(
  key: string,
  /** The programme in what storage held; throws (or `undefined`) when it is none. */
  read: (stored: unknown) => Program | undefined,
  storage?: ProgramStorage,
) {
  let held: HeldProgram | undefined;
  let looked = !storage;
  return {
    get(): HeldProgram | undefined {
      if (!looked) {
        looked = true;
        try {
          const [k, etag, stored, bootstrap] = JSON.parse(
            storage?.getItem(ITEM) ?? '[]',
          ) as unknown[];
          const program = k === key && typeof etag === 'string' ? read(stored) : undefined;
          if (program) held = { etag: etag as string, program, bootstrap: bootstrap === true };
        } catch {
          // Unreadable storage, not our JSON, or no programme this client reads: none held.
        }
      }
      return held;
    },
    set(next: HeldProgram): void {
      held = next;
      looked = true;
      try {
        const text = JSON.stringify([key, next.etag, next.program, next.bootstrap]);
        if (text.length <= MAX_CHARS) storage?.setItem(ITEM, text);
      } catch {
        // Full, disabled or throwing storage: the programme stays in memory only.
      }
    },
  };
}
