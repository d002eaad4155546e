import {
  formatMoney,
  type I18n,
  type ReferralOffer,
  referralCodeOf,
  withReferralCode,
} from '@loyaltykit/core';

/**
 * The merchant's sign-up URL (`program.signUpUrl`), passing on the code of the referral link the
 * shopper came by (`?lk_ref=CODE`), so joining from any widget credits the friend.
 */
export function joinUrl(signUpUrl: string, referralCode: string | undefined): string {
  const code = referralCodeOf(referralCode);
  return code ? withReferralCode(signUpUrl, code) : signUpUrl;
}

/** What a referred friend gets, in words: "$10.00 off", "15% off". */
export function refereeReward(offer: ReferralOffer, i18n: I18n): string {
  const reward = offer.refereeReward;
  return reward.kind === 'fixed_discount'
    ? i18n.t('referral.amountOff', { amount: formatMoney(i18n.locale, reward.value) })
    : i18n.t('referral.percentOff', { percent: reward.percent });
}
