import type { EngineState } from './types.ts';

/** Where an engine gets ids and redemption codes. Injectable so tests can predict them. */
export interface IdGenerator {
  /** A new unique id, e.g. `red_0007`. */
  id(prefix: string): string;
  /** A new random-looking code, e.g. `HARBOR-7KQ2M9XD`; uniqueness is the engine's check. */
  code(prefix: string): string;
}

// No 0/O or 1/I: codes are read aloud and typed at checkouts.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** mulberry32: a tiny seeded PRNG, enough for codes that only need to look random. */
function nextRandom(state: EngineState): number {
  state.random = (state.random + 0x6d2b79f5) | 0;
  let t = state.random;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}

/**
 * The default generator: a counter and a seeded PRNG kept in the engine
 * state, so the same seed gives the same ids and codes, and a reloaded demo
 * carries on where it stopped instead of issuing a code twice.
 */
export function stateIds(state: EngineState): IdGenerator {
  return {
    id(prefix) {
      state.counter += 1;
      return `${prefix}_${String(state.counter).padStart(4, '0')}`;
    },
    code(prefix) {
      let code = '';
      for (let i = 0; i < 8; i++) code += ALPHABET[Math.floor(nextRandom(state) * ALPHABET.length)];
      return `${prefix}-${code}`;
    },
  };
}
