import type { Catalog, Message, MessageKey } from './catalog.ts';

/** The locales the widgets ship catalogs for; matchLocale maps a page's language tag onto one. */
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
  /**
   * Adds messages for keys this translator does not have yet: how a lazily
   * loaded widget brings its English strings when the page started with only
   * the entry's. Keys already present keep their translation.
   */
  fill(messages: Partial<Catalog>): void;
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
export function createTranslator(locale: Locale, messages: Partial<Catalog>): I18n {
  const catalog: Partial<Catalog> = { ...messages };
  // Intl's first number formatter on a page costs 10–20 ms on a phone (ICU data), in the
  // script tag's boot; English whole numbers need none of it (`pnpm bench`). Plural rules cost ~1 ms.
  let numbers: Intl.NumberFormat | undefined;
  const intlNumber = (value: number) => {
    numbers ??= new Intl.NumberFormat(locale);
    return numbers.format(value);
  };
  const formatNumber =
    locale === 'en'
      ? (value: number) =>
          Number.isSafeInteger(value)
            ? String(value).replace(/\B(?=(\d{3})+$)/g, ',')
            : intlNumber(value)
      : intlNumber;
  const plurals = new Intl.PluralRules(locale);

  function t(key: MessageKey, params: MessageParams = {}): string {
    const message = catalog[key];
    // A key whose widget's messages have not arrived shows as itself: visible, never a crash.
    if (message === undefined) return key;
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

  function fill(more: Partial<Catalog>) {
    for (const [key, message] of Object.entries(more) as [MessageKey, Message][]) {
      catalog[key] ??= message;
    }
  }

  return { locale, dir: RTL_LANGUAGES.has(locale) ? 'rtl' : 'ltr', t, fill, formatNumber };
}
