import { formatMoney, type I18n, type ReferralOffer } from '@loyaltykit/core';

/** What a referred friend gets, in words: "$10.00 off", "15% off". */
export function refereeReward(offer: ReferralOffer, i18n: I18n): string {
  const reward = offer.refereeReward;
  return reward.kind === 'fixed_discount'
    ? i18n.t('referral.amountOff', { amount: formatMoney(i18n.locale, reward.value) })
    : i18n.t('referral.percentOff', { percent: reward.percent });
}
