import { minorUnitDigits } from '../rules/money.ts';
import type { Money, Timestamp } from '../types.ts';
import { englishDay, groupThousands, writesPlainEnglish } from './english.ts';

const moneyFormats = new Map<string, Intl.NumberFormat>();

// English money without Intl (english.ts says why): the currencies plain English writes as a
// bare prefix; format.test.ts checks every one against Intl. Anything else goes to Intl.
const PREFIXES: Record<string, string> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  CAD: 'CA$',
  AUD: 'A$',
  JPY: '¥',
  KRW: '₩',
  INR: '₹',
};

/**
 * An amount in the shopper's locale (a language tag; widgets pass
 * `i18n.tag`) and the amount's currency: `$5.00`, `฿590.00`,
 * `₩12,000` (no minor unit), `‏5.00 ر.س.‏`. In a right-to-left format a
 * Latin currency code is isolated left to right, so `US$ 1.00` does not
 * read `$US 1.00`.
 */
export function formatMoney(locale: string, money: Money): string {
  const prefix = writesPlainEnglish(locale) ? PREFIXES[money.currency] : undefined;
  if (prefix && Number.isSafeInteger(money.amountMinor)) {
    const digits = minorUnitDigits(money.currency);
    const units = String(Math.abs(money.amountMinor)).padStart(digits + 1, '0');
    const whole = groupThousands(units.slice(0, units.length - digits));
    const sign = money.amountMinor < 0 ? '-' : '';
    return `${sign}${prefix}${whole}${digits ? `.${units.slice(-digits)}` : ''}`;
  }
  const key = `${locale}:${money.currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
    moneyFormats.set(key, format);
  }
  const text = format.format(money.amountMinor / 10 ** minorUnitDigits(money.currency));
  // Right-to-left formats start with a right-to-left mark.
  return text.startsWith('\u200f') ? text.replace(/[A-Z]+\$?/gi, '\u2066$&\u2069') : text;
}

/**
 * A date as the shopper writes it (`locale` a language tag, as for
 * {@link formatMoney}): `Nov 28, 2026`, `28 พ.ย. 2569`, `2026. 11. 28.`.
 * A timestamp that is no date (`2026-13-45T…`, empty, out of range) renders as
 * the empty string: formatting never throws, so a bad date from a backend costs
 * that date, never the widget around it.
 */
export function formatDate(locale: string, timestamp: Timestamp): string {
  const time = Date.parse(timestamp);
  if (!Number.isFinite(time)) return '';
  const year = new Date(time).getFullYear();
  if (writesPlainEnglish(locale) && year >= 1000 && year <= 9999) {
    return `${englishDay(time, 'monthDay')}, ${year}`;
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(time);
}
