import { describe, expect, it } from 'vitest';
import { addMoney, minorUnitDigits, parseMoney } from './money.ts';

describe('minorUnitDigits', () => {
  it('knows each currency’s precision', () => {
    expect(minorUnitDigits('USD')).toBe(2);
    expect(minorUnitDigits('THB')).toBe(2);
    expect(minorUnitDigits('KRW')).toBe(0);
    expect(minorUnitDigits('BHD')).toBe(3);
    expect(minorUnitDigits('SAR')).toBe(2);
  });

  it('agrees with Intl on every currency Intl knows', () => {
    const currencies = Intl.supportedValuesOf('currency');
    expect(currencies.length).toBeGreaterThan(100);
    for (const currency of currencies) {
      const intl = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions();
      expect(minorUnitDigits(currency), currency).toBe(intl.maximumFractionDigits);
    }
  });

  it('refuses a malformed code as Intl would', () => {
    for (const code of ['', 'usd', 'US', 'USDX', 'U D']) {
      expect(() => minorUnitDigits(code), code).toThrow(RangeError);
    }
  });
});

describe('parseMoney', () => {
  it('parses decimals into minor units without floats', () => {
    expect(parseMoney('590.00', 'THB')).toEqual({ amountMinor: 59000, currency: 'THB' });
    expect(parseMoney('590', 'THB')).toEqual({ amountMinor: 59000, currency: 'THB' });
    expect(parseMoney('0.1', 'USD')).toEqual({ amountMinor: 10, currency: 'USD' });
    expect(parseMoney('1.005', 'USD')).toEqual({ amountMinor: 101, currency: 'USD' }); // a float would give 100
    expect(parseMoney('12000', 'KRW')).toEqual({ amountMinor: 12000, currency: 'KRW' });
    expect(parseMoney('1.234', 'BHD')).toEqual({ amountMinor: 1234, currency: 'BHD' });
  });

  it('rounds half up at the currency’s precision', () => {
    expect(parseMoney('19.994', 'USD')?.amountMinor).toBe(1999);
    expect(parseMoney('19.995', 'USD')?.amountMinor).toBe(2000);
    expect(parseMoney('12000.5', 'KRW')?.amountMinor).toBe(12001);
    expect(parseMoney('12000.4', 'KRW')?.amountMinor).toBe(12000);
  });

  it('refuses what is not a plain non-negative decimal', () => {
    for (const text of ['', 'abc', '-5', '1,290.00', '1e3', '.5', '5.', '฿590', 'NaN']) {
      expect(parseMoney(text, 'USD'), text).toBeUndefined();
    }
  });

  it('tolerates surrounding whitespace from templates', () => {
    expect(parseMoney(' 59.00\n', 'USD')?.amountMinor).toBe(5900);
  });
});

describe('addMoney', () => {
  it('adds within a currency and refuses to mix currencies', () => {
    expect(
      addMoney({ amountMinor: 1, currency: 'USD' }, { amountMinor: 2, currency: 'USD' }),
    ).toEqual({
      amountMinor: 3,
      currency: 'USD',
    });
    expect(() =>
      addMoney({ amountMinor: 1, currency: 'USD' }, { amountMinor: 2, currency: 'THB' }),
    ).toThrow(RangeError);
  });
});
