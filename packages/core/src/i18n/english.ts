// A page's first Intl number or date formatter costs 70–130 ms of main thread at 4x CPU
// (ICU's data, measured in Chromium): the product page's boot and the panel's first open would
// pay it. US English, the common case, is written without Intl where its output is simple and
// fixed; format.test.ts and i18n.test.ts check it against Intl.

/**
 * Whether `tag` (a translator's `tag`) is written as plain `en` is: then
 * whole numbers, `formatDate` and `formatMoney` in the common currencies
 * need no `Intl` formatter, so code that would build one ahead of time (to
 * take its cost off a click) can skip it.
 */
export function writesPlainEnglish(tag: string): boolean {
  return tag === 'en' || tag === 'en-US';
}

/** Digits `1234567` (or `-1234567`) as `1,234,567`. */
export const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+$)/g, ',');
