import type { Reply } from '@loyaltykit/client/adapter-kit';
import { parseJson } from '@loyaltykit/client/adapter-kit';
import { LoyaltyError, type LoyaltyErrorCode } from '@loyaltykit/core';
import type { Wire } from './wire.ts';

/** Every `code` an error schema of the vendored document declares, and the two inline ones. */
type VendorErrorCode =
  | { [K in keyof Wire]: Wire[K] extends { code: infer C extends string } ? C : never }[keyof Wire]
  | 'not_found'
  | 'rate_limited';

/**
 * LoyaltyLion's error codes as ours. Refusals a page can explain keep their
 * meaning (`insufficient_points`, `action_limit_reached`); the rest say which
 * kind of refusal it was. A code not listed falls back to the status.
 */
const BY_CODE: Partial<Record<VendorErrorCode, LoyaltyErrorCode>> = {
  insufficient_points: 'insufficient_points',
  customer_not_enrolled: 'unauthorized',
  customer_blocked: 'unauthorized',
  reward_not_enabled_for_customer: 'reward_unavailable',
  reward_out_of_stock: 'reward_unavailable',
  reward_kind_mismatch: 'reward_unavailable',
  reward_limit_reached: 'reward_unavailable',
  max_cart_redemptions_reached: 'reward_unavailable',
  reward_already_refunded: 'redemption_not_cancellable',
  reward_already_used: 'redemption_not_cancellable',
  rule_limit_reached: 'action_limit_reached',
  rule_not_enabled_for_customer: 'validation_failed',
  rule_kind_mismatch: 'validation_failed',
  rule_requirements_not_met: 'validation_failed',
  invalid_date: 'validation_failed',
  not_found: 'not_found',
  rate_limited: 'rate_limited',
};

const BY_STATUS: Readonly<Record<number, LoyaltyErrorCode>> = {
  400: 'validation_failed',
  401: 'unauthorized',
  403: 'unauthorized',
  404: 'not_found',
  422: 'validation_failed',
  429: 'rate_limited',
};

/** The `error` of a Headless API error body (`{ error: { code?, message } }`), as far as it is there. */
function readError(body: unknown): { code?: string; message?: string } {
  const error = (body as { error?: unknown } | undefined)?.error;
  if (typeof error !== 'object' || error === null) return {};
  const { code, message } = error as Record<string, unknown>;
  return {
    ...(typeof code === 'string' && { code }),
    ...(typeof message === 'string' && { message }),
  };
}

/**
 * An error reply as a {@link LoyaltyError}. `overrides` gives a code another
 * meaning for one operation: a refund refused with `reward_kind_mismatch`
 * means the redemption cannot be cancelled, not that the reward is gone.
 */
export function errorOf(
  label: string,
  reply: Reply,
  overrides: Partial<Record<VendorErrorCode, LoyaltyErrorCode>> = {},
): LoyaltyError {
  const { code, message } = readError(parseJson(reply.text));
  const known = code as VendorErrorCode | undefined;
  const ours =
    (known && (overrides[known] ?? BY_CODE[known])) ?? BY_STATUS[reply.status] ?? 'http_error';
  return new LoyaltyError(ours, `${label}: ${message ?? code ?? `HTTP ${reply.status}`}`, {
    status: reply.status,
  });
}
