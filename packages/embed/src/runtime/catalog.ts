import { type Catalog, enEntry, matchLocale } from '@loyaltykit/core';
import type { LoadChunk } from '../shared/host.ts';

/** A locale chunk: its catalog, and the grammar that finishes its messages (Korean particles). */
interface LocaleChunk {
  catalog: Catalog;
  grammar?: (text: string) => string;
}

/**
 * The messages for a language tag (`ar-EG`), for `createTranslator(tag, …)`:
 * English ships in the runtime chunk (its own widgets' part; the panel chunk
 * brings the rest), other locales load whole from their chunk. A failed load
 * falls back to English rather than to nothing.
 */
export async function loadCatalog(
  tag: string,
  loadChunk: LoadChunk,
): Promise<[tag: string, catalog: Partial<Catalog>, grammar?: LocaleChunk['grammar']]> {
  const locale = matchLocale(tag) ?? 'en';
  if (locale === 'en') return [tag, enEntry];
  try {
    const chunk = await loadChunk<LocaleChunk>(`locale-${locale}`);
    return [tag, chunk.catalog, chunk.grammar];
  } catch (error) {
    console.warn(`[LoyaltyKit] The ${locale} catalog could not be loaded; showing English.`, error);
    return ['en', enEntry];
  }
}
