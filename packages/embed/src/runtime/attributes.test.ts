// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { amountOf, cartAttribute, quantityOf } from './attributes.ts';
import type { Runtime } from './paint.tsx';
import { contents } from './product-points.tsx';

afterEach(() => vi.restoreAllMocks());

/** A `<loyalty-product-points>` as a shop writes it. */
function embed(attributes: Record<string, string>): HTMLElement {
  const element = document.createElement('loyalty-product-points');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** What the product embed renders for `attributes` on a USD programme, and what it said on the console. */
function render(attributes: Record<string, string>) {
  vi.restoreAllMocks();
  const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const runtime = { currency: () => 'USD' } as Runtime;
  const element = embed({ 'product-id': 'tee-1', ...attributes });
  const rendered = contents['loyalty-product-points']?.(element, runtime, 44);
  return { rendered, warnings: warned.mock.calls.map(([text]) => text) };
}

const NEEDS =
  '[LoyaltyKit] <loyalty-product-points> needs product-id, a price like "590.00" with no more decimals than its currency has, a currency code and a whole quantity from 1 to 10000:';

describe('product embed attributes', () => {
  it('a malformed currency gets the attribute warning, not a RangeError', () => {
    for (const currency of ['US', 'dollars', 'U$D']) {
      const { rendered, warnings } = render({ price: '10.00', currency });
      expect(rendered, currency).toBeNull();
      expect(warnings, currency).toEqual([NEEDS]);
    }
  });

  it('refuses a price with more decimals than its currency has, and takes trailing zeros', () => {
    expect(render({ price: '25.005', currency: 'USD' }).warnings).toEqual([NEEDS]);
    expect(render({ price: '12000.5', currency: 'KRW' }).warnings).toEqual([NEEDS]);
    expect(amountOf('25.000', 'USD')).toEqual({ amountMinor: 2500, currency: 'USD' });
    expect(amountOf('12000.00', 'KRW')).toEqual({ amountMinor: 12000, currency: 'KRW' });
    expect(amountOf('1.234', 'BHD')).toEqual({ amountMinor: 1234, currency: 'BHD' });
  });

  it('takes quantities and amounts in digits within their bounds, as price="1e3" never was', () => {
    for (const quantity of ['1e9', '1e2', '0', '-1', '2.5', '10001', 'two']) {
      expect(render({ price: '10.00', quantity }).warnings, quantity).toEqual([NEEDS]);
    }
    expect(quantityOf('10000')).toBe(10_000);
    expect(quantityOf(' 2 ')).toBe(2);
    expect(amountOf('1000000000.00', 'USD')?.amountMinor).toBe(100_000_000_000);
    expect(amountOf('1000000000.01', 'USD')).toBeUndefined();
    expect(amountOf('1e3', 'USD')).toBeUndefined();
  });

  it('holds cart lines to the same rules', () => {
    const lines = (line: object) => {
      const element = document.createElement('loyalty-cart-points');
      element.setAttribute('lines', JSON.stringify([{ productId: 'tee-1', ...line }]));
      return cartAttribute(element, 'USD');
    };
    expect(lines({ quantity: 2, price: '5.90' })?.lines[0]).toMatchObject({
      quantity: 2,
      unitPrice: { amountMinor: 590, currency: 'USD' },
    });
    expect(lines({ quantity: 1e9, price: '5.90' })).toBeNull();
    expect(lines({ quantity: 1, price: '5.905' })).toBeNull();
  });
});
