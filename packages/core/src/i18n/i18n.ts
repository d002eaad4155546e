import { ar } from './ar.ts';
import { type Catalog, en } from './catalog.ts';
import { ko } from './ko.ts';
import { koreanParticles } from './ko-particles.ts';
import { th } from './th.ts';
import { createTranslator, type I18n, type Locale, matchLocale } from './translator.ts';

const catalogs: Record<Locale, Catalog> = { en, th, ko, ar };

/**
 * A translator for one locale with its built-in catalog (and grammar: Korean
 * particles): the convenient form for apps that bundle every locale. `tag` is
 * a locale or any BCP 47 tag of one (`th-TH`, `ar-EG`); other languages get
 * English.
 *
 * @example
 * ```ts
 * const { t } = createI18n('th');
 * t('points', { count: 1200 }); // "1,200 คะแนน"
 * createI18n('ar-EG').formatNumber(1200); // "١٬٢٠٠": Egypt's digits
 * ```
 */
export function createI18n(tag: string): I18n {
  const locale = matchLocale(tag) ?? 'en';
  return createTranslator(tag, catalogs[locale], locale === 'ko' ? koreanParticles : undefined);
}
