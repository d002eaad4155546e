import { ar } from '../../packages/core/src/i18n/ar.ts';
import { type Catalog, en, type Message } from '../../packages/core/src/i18n/catalog.ts';
import { ko } from '../../packages/core/src/i18n/ko.ts';
import { th } from '../../packages/core/src/i18n/th.ts';

/** The widgets' catalogs, so tests read what a shopper reads in each language. */
export const CATALOGS = { en, th, ko, ar } satisfies Record<string, Catalog>;
export type TestLocale = keyof typeof CATALOGS;
export const TEST_LOCALES = Object.keys(CATALOGS) as TestLocale[];

/** `value` as it stands inside a sentence in `locale`: isolated in Arabic (core's translator). */
export const inSentence = (locale: TestLocale, value: string): string =>
  locale === 'ar' ? `\u2068${value}\u2069` : value;

/** A catalog `message` with its `{placeholders}` filled as the widget fills them in `locale`. */
export const fillIn = (locale: TestLocale, message: string, values: Record<string, string>) =>
  message.replace(/\{(\w+)\}/g, (placeholder, key: string) =>
    values[key] === undefined ? placeholder : inSentence(locale, values[key]),
  );

/** "750 points" as the widget says it in `locale`, plural category and all. */
export function pointsIn(locale: TestLocale, count: number): string {
  const message: Message = CATALOGS[locale].points;
  const category = new Intl.PluralRules(locale).select(count);
  const template = typeof message === 'string' ? message : (message[category] ?? message.other);
  return template.replace('{count}', inSentence(locale, count.toLocaleString('en')));
}

/** An activity line's points, signed ("-500 points", "+120 points"), as the widget says it in `locale`. */
export function signedPointsIn(locale: TestLocale, count: number): string {
  const message: Message = CATALOGS[locale]['activity.points'];
  const category = new Intl.PluralRules(locale).select(Math.abs(count));
  const template = typeof message === 'string' ? message : (message[category] ?? message.other);
  // The widgets' Arabic writes Latin digits (core's translator: `ar` is `ar-u-nu-latn`).
  const tag = locale === 'ar' ? 'ar-u-nu-latn' : locale;
  const signed = new Intl.NumberFormat(tag, { signDisplay: 'exceptZero' }).format(count);
  return template.replace('{signed}', inSentence(locale, signed));
}
