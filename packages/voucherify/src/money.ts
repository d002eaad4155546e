import { type Money, minorUnitDigits } from '@loyaltykit/core';

/**
 * A Voucherify amount as our money. Voucherify writes every amount (discounts,
 * gift card balances, earning rates' `every`) multiplied by 100, "to precisely
 * represent 2 decimal places", whatever the currency; ours are in the
 * currency's own minor unit (ISO 4217: JPY 0 digits, USD 2, BHD 3). So 2000 is
 * 20.00: 2000 cents, ¥20, or 20.000 BHD (20000 fils). Where the currency has
 * fewer than two digits the amount is rounded down (¥12.50 is ¥12), so the
 * widgets never promise more than Voucherify gives.
 */
export function fromVoucherifyAmount(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`Voucherify amounts are integers, not ${amount}.`);
  }
  const digits = minorUnitDigits(currency);
  const amountMinor =
    digits >= 2 ? amount * 10 ** (digits - 2) : Math.floor(amount / 10 ** (2 - digits));
  return { amountMinor, currency };
}
