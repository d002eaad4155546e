import { ar } from '../../packages/core/src/i18n/ar.ts';
import { type Catalog, en, type Message } from '../../packages/core/src/i18n/catalog.ts';
import { ko } from '../../packages/core/src/i18n/ko.ts';
import { th } from '../../packages/core/src/i18n/th.ts';

/** The widgets' catalogs, so tests read what a shopper reads in each language. */
export const CATALOGS = { en, th, ko, ar } satisfies Record<string, Catalog>;
export type TestLocale = keyof typeof CATALOGS;
export const TEST_LOCALES = Object.keys(CATALOGS) as TestLocale[];

/** "750 points" as the widget says it in `locale`, plural category and all. */
export function pointsIn(locale: TestLocale, count: number): string {
  const message: Message = CATALOGS[locale].points;
  const category = new Intl.PluralRules(locale).select(count);
  const template = typeof message === 'string' ? message : (message[category] ?? message.other);
  // In Arabic every value is isolated inside the sentence (core's translator): the count too.
  const number = count.toLocaleString('en');
  return template.replace('{count}', locale === 'ar' ? `\u2068${number}\u2069` : number);
}
