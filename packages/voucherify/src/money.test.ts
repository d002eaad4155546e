import { describe, expect, it } from 'vitest';
import { fromVoucherifyAmount } from './money.ts';

describe('fromVoucherifyAmount: Voucherify writes amounts ×100 in every currency', () => {
  it('is the same number for two-digit currencies', () => {
    expect(fromVoucherifyAmount(2000, 'USD')).toEqual({ amountMinor: 2000, currency: 'USD' });
    expect(fromVoucherifyAmount(59000, 'THB')).toEqual({ amountMinor: 59000, currency: 'THB' });
  });

  it('divides by 100 for currencies without a minor unit, rounding down', () => {
    // 2000 is ¥20.00: twenty yen; 1250 is ₩12.50, which the widgets show as ₩12.
    expect(fromVoucherifyAmount(2000, 'JPY')).toEqual({ amountMinor: 20, currency: 'JPY' });
    expect(fromVoucherifyAmount(1250, 'KRW')).toEqual({ amountMinor: 12, currency: 'KRW' });
  });

  it('multiplies by 10 for three-digit currencies', () => {
    // 2000 is 20.00 BHD: 20,000 fils.
    expect(fromVoucherifyAmount(2000, 'BHD')).toEqual({ amountMinor: 20000, currency: 'BHD' });
  });

  it('refuses what is not an integer amount, and a malformed currency', () => {
    expect(() => fromVoucherifyAmount(12.5, 'USD')).toThrow(RangeError);
    expect(() => fromVoucherifyAmount(100, 'usd')).toThrow(RangeError);
  });
});
