import { ar } from './ar.ts';
import { type Catalog, en } from './catalog.ts';
import { ko } from './ko.ts';
import { th } from './th.ts';
import { createTranslator, type I18n, type Locale } from './translator.ts';

const catalogs: Record<Locale, Catalog> = { en, th, ko, ar };

/**
 * A translator for one locale with its built-in catalog: the convenient form
 * for apps that bundle every locale.
 *
 * @example
 * ```ts
 * const { t } = createI18n('th');
 * t('points', { count: 1200 }); // "1,200 คะแนน"
 * ```
 */
export function createI18n(locale: Locale): I18n {
  return createTranslator(locale, catalogs[locale]);
}
