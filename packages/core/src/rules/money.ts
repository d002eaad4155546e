import type { Money } from '../types.ts';

// Currencies whose minor unit is not two digits, as Intl (CLDR) has them; money.test.ts
// checks this against Intl for every currency Intl knows. A table rather than Intl because
// the first currency-style Intl.NumberFormat costs about 100 ms of main thread at 4x CPU
// (`pnpm bench:profile`), and a product grid parses prices before anything else is drawn.
const ZERO_DIGITS =
  'AFN ALL BIF CLP COP DJF GNF HUF IDR IQD IRR ISK JPY KMF KPW KRW LAK LBP MGA MMK PKR PYG RWF SLL SOS SYP UGX VND VUV XAF XOF XPF YER';
const THREE_DIGITS = 'BHD JOD KWD LYD OMR TND';

/** Decimal places of a currency's minor unit: USD 2, KRW 0, BHD 3. Throws a RangeError, as Intl does, for a malformed code. */
export function minorUnitDigits(currency: string): number {
  if (!/^[A-Z]{3}$/.test(currency)) throw new RangeError(`Invalid currency code: ${currency}`);
  return ZERO_DIGITS.includes(currency) ? 0 : THREE_DIGITS.includes(currency) ? 3 : 2;
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
