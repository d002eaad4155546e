import { type Cart, type CartLine, type Money, parseMoney } from '@loyaltykit/core';
import type { Runtime } from '../elements.tsx';

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
  return currency
    ? parseMoney(element.getAttribute(name) ?? '', currency.toUpperCase())
    : undefined;
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
      const unitPrice = parseMoney(String(line.price), currency);
      const quantity = Number(line.quantity ?? 1);
      if (typeof line.productId !== 'string' || !unitPrice || !Number.isSafeInteger(quantity))
        throw line;
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
