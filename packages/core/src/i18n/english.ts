// A page's first Intl number or date formatter costs 70–130 ms of main thread at 4x CPU
// (ICU's data, measured in Chromium): the product page's boot and the panel's first open would
// pay it. US English, the common case, is written without Intl where its output is simple and
// fixed; format.test.ts, i18n.test.ts and referral-offer.test.ts check it against Intl.

/**
 * Whether `tag` (a translator's `tag`) writes numbers and dates exactly as
 * plain `en` does (`en`, `en-US`): then whole numbers, `formatDate` and
 * `formatMoney` in the common currencies need no `Intl` formatter, and code
 * that would build one ahead of time (to take its cost off a click) can skip it.
 */
export function writesPlainEnglish(tag: string): boolean {
  return tag === 'en' || tag === 'en-US';
}

/** Digits `1234567` (or `-1234567`) as `1,234,567`. */
export const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+$)/g, ',');

// Full names for the weekdays' first three letters as `Date#toDateString` writes them: "Tue" + "sday".
const WEEKDAYS: Record<string, string> = { Tue: 'Tues', Wed: 'Wednes', Thu: 'Thurs', Sat: 'Satur' };

/**
 * A day as plain English writes it, in local time, without `Intl`:
 * `'weekday'` as `{ weekday: 'long' }` ("Sunday"), `'monthDay'` as
 * `{ month: 'short', day: 'numeric' }` ("Nov 28"). For a tag where
 * {@link writesPlainEnglish} holds; other languages go to `Intl`.
 *
 * @example
 * ```ts
 * englishDay(Date.parse('2026-11-29T12:00:00'), 'weekday'); // "Sunday"
 * englishDay(Date.parse('2026-11-28T12:00:00'), 'monthDay'); // "Nov 28"
 * ```
 */
export function englishDay(time: number, style: 'weekday' | 'monthDay'): string {
  const date = new Date(time);
  // The spec's own format, in English whatever the locale: "Sun Nov 01 2026".
  const text = date.toDateString();
  const weekday = text.slice(0, 3);
  return style === 'weekday'
    ? `${WEEKDAYS[weekday] ?? weekday}day`
    : `${text.slice(4, 7)} ${date.getDate()}`;
}
