import {
  type Cart,
  type CartLine,
  type Money,
  minorUnitDigits,
  parseMoney,
} from '@loyaltykit/core';
import type { Runtime } from './paint.tsx';

/**
 * The largest amount an embed takes, in minor units (1,000,000,000.00 USD;
 * 100,000,000,000 KRW), and the largest quantity: their product, and the
 * points on it, stay exact integers (below 2^53). A page asking for more is
 * wrong, not rich.
 */
export const MAX_AMOUNT_MINOR = 100_000_000_000;
export const MAX_QUANTITY = 10_000;

/**
 * An amount as a shop writes it in HTML (`"590.00"`, `"12000"`): digits and
 * at most one decimal point, with no more significant decimals than the
 * currency has (`"25.005"` USD is a mistake: it would be rounded silently),
 * up to {@link MAX_AMOUNT_MINOR}. `undefined` for anything else, a malformed
 * currency code included.
 */
export function amountOf(text: string, currency: string): Money | undefined {
  const match = /^\s*\d+(?:\.(\d+))?\s*$/.exec(text);
  if (!match || !/^[A-Z]{3}$/.test(currency)) return undefined;
  if (/[1-9]/.test((match[1] ?? '').slice(minorUnitDigits(currency)))) return undefined;
  const money = parseMoney(text, currency);
  return money && money.amountMinor <= MAX_AMOUNT_MINOR ? money : undefined;
}

/** A quantity: a whole number from 1 to {@link MAX_QUANTITY}, written in digits when it is text. */
export function quantityOf(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_QUANTITY
    ? n
    : undefined;
}

/**
 * An amount from an embed's attribute (`price="590.00"`, `subtotal="1290"`)
 * in its `currency` attribute, else the script tag's or programme's currency.
 * `undefined` when it cannot be read; the caller shows nothing and says why.
 */
export function moneyAttribute(
  element: HTMLElement,
  name: string,
  runtime: Runtime,
): Money | undefined {
  const currency = element.getAttribute('currency') ?? runtime.currency();
  return currency ? amountOf(element.getAttribute(name) ?? '', currency.toUpperCase()) : undefined;
}

/** Reports an embed whose attributes a shop got wrong, once per element. */
const reported = new WeakSet<HTMLElement>();
export function reportAttributes(element: HTMLElement, expected: string): null {
  // Without any currency yet the programme's is on its way: not the shop's mistake.
  if (!reported.has(element) && (element.getAttribute('currency') ?? true)) {
    reported.add(element);
    console.warn(`[LoyaltyKit] <${element.localName}> needs ${expected}:`, element);
  }
  return null;
}

/**
 * The cart from a `lines` attribute, when the shop gives one, so points follow
 * exclusions and product multipliers as the order will:
 * `lines='[{"productId":"tee-1","quantity":2,"price":"590.00","collections":["tops"]}]'`.
 * `undefined` (points from the subtotal alone) when absent; `null` when unreadable.
 */
export function cartAttribute(element: HTMLElement, currency: string): Cart | undefined | null {
  const text = element.getAttribute('lines');
  if (!text) return undefined;
  try {
    const lines: CartLine[] = (JSON.parse(text) as Record<string, unknown>[]).map((line) => {
      const unitPrice = amountOf(String(line.price), currency);
      const quantity = quantityOf(line.quantity ?? 1);
      if (typeof line.productId !== 'string' || !unitPrice || !quantity) throw line;
      const collectionIds = Array.isArray(line.collections)
        ? line.collections.map(String)
        : undefined;
      return { productId: line.productId, quantity, unitPrice, collectionIds };
    });
    return { currency, lines };
  } catch {
    return null;
  }
}
