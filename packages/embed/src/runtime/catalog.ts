import { type Catalog, enEntry, type Locale } from '@loyaltykit/core';
import type { LoadChunk } from '../shared/host.ts';

/**
 * The messages for a locale: English ships in the runtime chunk (its own widgets'
 * part; the panel chunk brings the rest), other locales load whole from their
 * chunk. A failed load falls back to English rather than to nothing.
 */
export async function loadCatalog(
  locale: Locale,
  loadChunk: LoadChunk,
): Promise<[Locale, Partial<Catalog>]> {
  if (locale === 'en') return ['en', enEntry];
  try {
    const chunk = await loadChunk<{ catalog: Catalog }>(`locale-${locale}`);
    return [locale, chunk.catalog];
  } catch (error) {
    console.warn(`[LoyaltyKit] The ${locale} catalog could not be loaded; showing English.`, error);
    return ['en', enEntry];
  }
}
