import type { Money } from '../types.ts';

const digitsCache = new Map<string, number>();

/** Decimal places of a currency's minor unit: USD 2, KRW 0, BHD 3 (from Intl, so always current). */
export function minorUnitDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits as number;
    digitsCache.set(currency, digits);
  }
  return digits;
}

/**
 * Parses a decimal amount as a shop writes it in HTML (`"590.00"`, `"12000"`,
 * `"19.999"`) into minor units, rounding half up at the currency's precision.
 * Exact: never goes through a binary float. `undefined` for anything that is
 * not a plain non-negative decimal.
 *
 * @example
 * ```ts
 * parseMoney('590.00', 'THB'); // { amountMinor: 59000, currency: 'THB' }
 * parseMoney('12000', 'KRW');  // { amountMinor: 12000, currency: 'KRW' }
 * ```
 */
export function parseMoney(text: string, currency: string): Money | undefined {
  const match = /^\s*(\d+)(?:\.(\d+))?\s*$/.exec(text);
  if (!match?.[1]) return undefined;
  const digits = minorUnitDigits(currency);
  const fraction = (match[2] ?? '').padEnd(digits + 1, '0');
  const kept = fraction.slice(0, digits);
  const roundUp = Number(fraction[digits]) >= 5 ? 1 : 0;
  const amountMinor = Number(match[1] + kept) + roundUp;
  return Number.isSafeInteger(amountMinor) ? { amountMinor, currency } : undefined;
}

/** Sum of amounts in one currency. */
export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) {
    throw new RangeError(`Cannot add ${a.currency} and ${b.currency}`);
  }
  return { amountMinor: a.amountMinor + b.amountMinor, currency: a.currency };
}
