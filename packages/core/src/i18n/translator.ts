import type { Catalog, Message, MessageKey } from './catalog.ts';
import { groupThousands, writesPlainEnglish } from './english.ts';

/** The locales the widgets ship catalogs for; matchLocale maps a page's language tag onto one. */
export const LOCALES = ['en', 'th', 'ko', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

/** Placeholder values; `count` also selects the plural form. */
export type MessageParams = { count?: number } & Record<string, string | number>;

/**
 * Right-to-left letters: Hebrew, Arabic and the scripts between (text typed
 * today does not use their legacy presentation forms).
 */
const RIGHT_TO_LEFT = /[\u0590-\u08ff]/;

/** Everything a widget needs to speak one locale. */
export interface I18n {
  locale: Locale;
  /**
   * The BCP 47 tag numbers, money and dates are formatted with (pass it to
   * `formatMoney` and `Intl`): the translator's own, canonical (`ar-EG`,
   * `th-TH-u-nu-thai`), so its region and extensions apply, except that plain
   * `ar` is `ar-u-nu-latn`, Latin digits in every browser.
   */
  tag: string;
  dir: 'ltr' | 'rtl';
  /**
   * The message for `key`, with `{placeholders}` filled; numbers are formatted
   * for the locale. Each value is wrapped in first-strong isolates (U+2068 …
   * U+2069) wherever it could reorder the sentence: always in a right-to-left
   * locale, and in others when the value holds right-to-left text. So
   * "5 points" stays "5 points" inside an Arabic sentence, in rendered text
   * and in plain-text uses (labels, shared text) alike.
   */
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
 * `languageTag` is a BCP 47 tag (`th`, `ar-EG`, `ar-u-nu-arab`); a tag of a
 * language we have no catalog for gives English, and one `Intl` cannot read
 * (`ko_KR`) formats as its language. `grammar`, when given, finishes every
 * message (the Korean catalog's particles: {@link koreanParticles}).
 *
 * @example
 * ```ts
 * import { createTranslator, koreanParticles, ko, th } from '@loyaltykit/core';
 * const { t } = createTranslator('th', th);
 * t('points', { count: 1200 }); // "1,200 คะแนน"
 * createTranslator('ko', ko, koreanParticles);
 * ```
 */
export function createTranslator(
  languageTag: string,
  messages: Partial<Catalog>,
  grammar: (text: string) => string = String,
): I18n {
  const matched = matchLocale(languageTag);
  const locale = matched ?? 'en';
  // The tag's region and extensions (`ar-EG`, `-u-nu-arab`) choose, when Intl can read it.
  let tag: string = locale;
  try {
    if (matched) tag = String(Intl.getCanonicalLocales(languageTag));
  } catch {}
  // Plain `ar` is written with Latin digits (README), pinned: engines with older locale data
  // default it to Arabic-Indic.
  if (tag === 'ar') tag = 'ar-u-nu-latn';
  // Arabic is the one right-to-left language we have.
  const rtl = locale === 'ar';
  const catalog: Partial<Catalog> = { ...messages };
  // English whole numbers need no Intl formatter (english.ts). Plural rules cost ~1 ms.
  let numbers: Intl.NumberFormat | undefined;
  const intlNumber = (value: number) => {
    numbers ??= new Intl.NumberFormat(tag);
    return numbers.format(value);
  };
  const formatNumber = writesPlainEnglish(tag)
    ? (value: number) =>
        Number.isSafeInteger(value) ? groupThousands(String(value)) : intlNumber(value)
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
    return grammar(
      template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
        const value = params[name];
        if (value === undefined) return placeholder;
        const text = typeof value === 'number' ? formatNumber(value) : value;
        return rtl || RIGHT_TO_LEFT.test(text) ? `\u2068${text}\u2069` : text;
      }),
    );
  }

  function fill(more: Partial<Catalog>) {
    for (const [key, message] of Object.entries(more) as [MessageKey, Message][]) {
      catalog[key] ??= message;
    }
  }

  return { locale, tag, dir: rtl ? 'rtl' : 'ltr', t, fill, formatNumber };
}
