import {
  formatMoney,
  type I18n,
  type ReferralOffer,
  referralCodeOf,
  type SafeUrl,
  safeUrl,
  withReferralCode,
  writesPlainEnglish,
} from '@loyaltykit/core';

/**
 * The merchant's sign-up URL (`program.signUpUrl`), passing on the code of the referral link the
 * shopper came by (`?lk_ref=CODE`), so joining from any widget credits the friend. `undefined`
 * when there is none or it is not a safe link ({@link safeUrl}): then there is no join link.
 */
export function joinUrl(
  signUpUrl: string | undefined,
  referralCode: string | undefined,
): SafeUrl | undefined {
  const url = safeUrl(signUpUrl, 'program.signUpUrl');
  const code = referralCodeOf(referralCode);
  // Checked again with the code: a URL the parser only just accepted ("https:& ") may not
  // survive a query appended to it.
  return url && code ? safeUrl(withReferralCode(url, code), 'program.signUpUrl') : url;
}

/**
 * What a referred friend gets, in words: "$10.00 off", "15% off". Money and
 * percentage as the locale writes them, sign included (`١٥٪` for `ar-EG`).
 */
export function refereeReward(offer: ReferralOffer, i18n: I18n): string {
  const reward = offer.refereeReward;
  return i18n.t('referral.amountOff', {
    amount:
      reward.kind === 'fixed_discount'
        ? formatMoney(i18n.tag, reward.value)
        : writesPlainEnglish(i18n.tag) && Number.isInteger(reward.percent)
          ? `${i18n.formatNumber(reward.percent)}%`
          : new Intl.NumberFormat(i18n.tag, { style: 'percent' }).format(reward.percent / 100),
  });
}
