import type { Catalog, MessageKey } from './catalog.ts';

export const LOCALES = ['en', 'th', 'ko', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur']);

/** Placeholder values; `count` also selects the plural form. */
export type MessageParams = { count?: number } & Record<string, string | number>;

/** Everything a widget needs to speak one locale. */
export interface I18n {
  locale: Locale;
  dir: 'ltr' | 'rtl';
  /** The message for `key`, with `{placeholders}` filled; numbers are formatted for the locale. */
  t(key: MessageKey, params?: MessageParams): string;
  formatNumber(value: number): string;
}

/** The supported locale for a BCP 47 tag (`th-TH` → `th`), `undefined` when none matches. */
export function matchLocale(tag: string): Locale | undefined {
  const language = tag.toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === language);
}

/**
 * A translator for one locale over a catalog you supply, so a bundle carries
 * only the catalogs it loads (the script tag fetches non-English ones lazily).
 *
 * @example
 * ```ts
 * import { createTranslator, th } from '@loyaltykit/core';
 * const { t } = createTranslator('th', th);
 * t('points', { count: 1200 }); // "1,200 คะแนน"
 * ```
 */
export function createTranslator(locale: Locale, catalog: Catalog): I18n {
  const numbers = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(locale);
  const formatNumber = (value: number) => numbers.format(value);

  function t(key: MessageKey, params: MessageParams = {}): string {
    const message = catalog[key];
    const template =
      typeof message === 'string'
        ? message
        : (message[plurals.select(params.count ?? 0)] ?? message.other);
    return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = params[name];
      if (value === undefined) return placeholder;
      return typeof value === 'number' ? formatNumber(value) : value;
    });
  }

  return { locale, dir: RTL_LANGUAGES.has(locale) ? 'rtl' : 'ltr', t, formatNumber };
}
