import { parse } from '@loyaltykit/client/adapter-kit';
import { describe, expect, it } from 'vitest';
import { isoCurrency, money } from './wire.ts';

const read = (amount: unknown, currency: string) =>
  parse(money(currency), { amount, formatted: 'ignored' })[0];

describe('LoyaltyLion amounts', () => {
  it('become minor units by the currency’s ISO 4217 exponent', () => {
    expect(read(9.9, 'USD')).toEqual({ amountMinor: 990, currency: 'USD' });
    expect(read(99.99, 'USD')).toEqual({ amountMinor: 9999, currency: 'USD' });
    expect(read(100, 'JPY')).toEqual({ amountMinor: 100, currency: 'JPY' });
    expect(read(1.234, 'BHD')).toEqual({ amountMinor: 1234, currency: 'BHD' });
    expect(read(0.5, 'BHD')).toEqual({ amountMinor: 500, currency: 'BHD' });
    expect(read(12000, 'KRW')).toEqual({ amountMinor: 12000, currency: 'KRW' });
  });

  it('refuse what is not a plain non-negative amount', () => {
    for (const amount of [-5, Number.NaN, 1e21, '5', null])
      expect(() => read(amount, 'USD')).toThrow(/amount/);
  });

  it('name their currency in lower case, which reads as ISO 4217', () => {
    expect(parse(isoCurrency, 'usd')[0]).toBe('USD');
    expect(() => parse(isoCurrency, 'dollars')).toThrow(/ISO 4217/);
  });
});
