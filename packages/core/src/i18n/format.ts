import { minorUnitDigits } from '../rules/money.ts';
import type { Money, Timestamp } from '../types.ts';
import type { Locale } from './translator.ts';

const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * An amount in the shopper's locale and the amount's currency: `$5.00`,
 * `฿590.00`, `₩12,000` (no minor unit), `‏5٫00 ر.س.‏`.
 */
export function formatMoney(locale: Locale, money: Money): string {
  const key = `${locale}:${money.currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
    moneyFormats.set(key, format);
  }
  return format.format(money.amountMinor / 10 ** minorUnitDigits(money.currency));
}

/**
 * A date as the shopper writes it: `Nov 28, 2026`, `28 พ.ย. 2569`, `2026. 11. 28.`.
 * A timestamp that is no date (`2026-13-45T…`, empty, out of range) renders as
 * the empty string: formatting never throws, so a bad date from a backend costs
 * that date, never the widget around it.
 */
export function formatDate(locale: Locale, timestamp: Timestamp): string {
  const time = Date.parse(timestamp);
  return Number.isFinite(time)
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(time)
    : '';
}
