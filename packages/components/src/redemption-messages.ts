import { isLoyaltyError, type RedemptionIntent } from '@loyaltykit/core';

const refusals = {
  insufficient_points: 'redeem.errorPoints',
  reward_unavailable: 'redeem.errorUnavailable',
  tier_required: 'redeem.errorUnavailable',
  minimum_order_not_met: 'redeem.errorUnavailable',
} as const;

/** What went wrong with a redemption, in the shopper's words: unknown outcomes invite a safe retry. */
export function failureKey(intent: Extract<RedemptionIntent, { status: 'failed' }>) {
  if (intent.retryable) return 'redeem.errorUnknown';
  return refusals[intent.error.code as keyof typeof refusals] ?? 'redeem.errorUnavailable';
}

/** The shopper changed while the call was on its way: its outcome is nobody's to hear about now. */
export const isIdentityChange = (reason: unknown) =>
  isLoyaltyError(reason) && reason.code === 'identity_changed';
