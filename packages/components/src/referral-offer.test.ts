import { createI18n, type ReferralOffer } from '@loyaltykit/core';
import { describe, expect, it } from 'vitest';
import { refereeReward } from './referral-offer.ts';

const percentOff = (percent: number): ReferralOffer => ({
  referrerPoints: 500,
  refereeReward: { kind: 'percent_discount', percent },
});

describe('refereeReward', () => {
  it('writes a percentage as Intl does, in plain English without building a formatter', () => {
    const en = createI18n('en');
    for (const percent of [1, 5, 15, 50, 100]) {
      const intl = new Intl.NumberFormat('en', { style: 'percent' }).format(percent / 100);
      expect(refereeReward(percentOff(percent), en)).toBe(`${intl} off`);
    }
    // A fraction is Intl's to round.
    expect(refereeReward(percentOff(12.5), en)).toBe(
      `${new Intl.NumberFormat('en', { style: 'percent' }).format(0.125)} off`,
    );
  });

  it('writes the locale’s own digits and sign elsewhere', () => {
    expect(refereeReward(percentOff(15), createI18n('ar-EG'))).toBe('خصم \u2068١٥٪؜\u2069');
  });
});
