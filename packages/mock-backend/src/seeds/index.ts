// Every market's seed in one import, for servers and stories that switch
// between them; the demo chunk imports only the US store's module.
import type { EngineSeed } from '../engine/types.ts';
import { arabicStore } from './arabic-store.ts';
import { koreanStore } from './korean-store.ts';
import { thaiStore } from './thai-store.ts';
import { usStore } from './us-store.ts';

/** The seed of each market, by the locale its store speaks. */
export const SEEDS = {
  en: usStore,
  th: thaiStore,
  ko: koreanStore,
  ar: arabicStore,
} as const satisfies Record<string, EngineSeed>;
export type SeedLocale = keyof typeof SEEDS;

export { arabicStore, koreanStore, thaiStore, usStore };
