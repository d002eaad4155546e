import type { Program } from '@loyaltykit/core';

/** The part of the Web Storage API the programme cache uses: the script tag passes `sessionStorage`. */
export type ProgramStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** A programme this client validated, and the ETag it came with. */
export interface HeldProgram {
  etag: string;
  program: Program;
}

/** One storage item for every programme, so the merchant's own keys are never crowded. */
const ITEM = 'loyaltykit:programs';
/** Programmes kept, most recent first: one per API, publishable key and locale met in the tab. */
const KEEP = 4;
/** What the item may hold, in characters: a share of the origin's few MB that stays the merchant's. */
const MAX_CHARS = 256 * 1024;

type Entry = [key: string, etag: string, program: unknown];

const isEntry = (value: unknown): value is Entry =>
  Array.isArray(value) &&
  value.length === 3 &&
  typeof value[0] === 'string' &&
  typeof value[1] === 'string';

/**
 * The last programme one API sent for `key` (its URL, publishable key and
 * locale): in memory, and in `storage` for the next page view. What storage
 * holds is read through `read` (the client's schema) again, since anything on
 * the page may have written it; storage that throws, is full or holds
 * something else costs the cache, never the call.
 */
export function createProgramCache(
  key: string,
  read: (stored: unknown) => Program | undefined,
  storage?: ProgramStorage,
) {
  let held: HeldProgram | undefined;
  let looked = !storage;

  function entries(): Entry[] {
    try {
      const list: unknown = JSON.parse(storage?.getItem(ITEM) ?? '[]');
      return Array.isArray(list) ? list.filter(isEntry) : [];
    } catch {
      return [];
    }
  }

  return {
    get(): HeldProgram | undefined {
      if (!looked) {
        looked = true;
        const found = entries().find(([k]) => k === key);
        const program = found && read(found[2]);
        if (found && program) held = { etag: found[1], program };
      }
      return held;
    },
    set(next: HeldProgram): void {
      held = next;
      looked = true;
      if (!storage) return;
      try {
        const kept = [
          [key, next.etag, next.program],
          ...entries().filter(([k]) => k !== key),
        ].slice(0, KEEP);
        let text = JSON.stringify(kept);
        // The oldest go first; a programme too large on its own is not written at all.
        while (text.length > MAX_CHARS && kept.length > 1) {
          kept.pop();
          text = JSON.stringify(kept);
        }
        if (text.length <= MAX_CHARS) storage.setItem(ITEM, text);
      } catch {
        // Full, disabled or throwing storage: the programme stays in memory only.
      }
    },
  };
}
