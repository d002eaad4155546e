/**
 * Codes only a client raises (no usable answer came back, or the answer was
 * dropped); a server claiming one of them is not believed.
 */
export const CLIENT_ERROR_CODES = [
  'network_error',
  'timeout',
  'invalid_response',
  'http_error',
  /** The shopper signed in, out or changed before the call settled: its result was dropped. */
  'identity_changed',
] as const;

/**
 * Stable error codes: {@link CLIENT_ERROR_CODES}, then the `code`s of the
 * API's problem+json responses (packages/client/openapi.yaml lists when each
 * is returned).
 */
export const LOYALTY_ERROR_CODES = [
  ...CLIENT_ERROR_CODES,
  // identity
  'unauthorized',
  'token_expired',
  // requests
  'not_found',
  'validation_failed',
  'rate_limited',
  'idempotency_key_reused',
  'request_in_progress',
  // redemptions
  'insufficient_points',
  'reward_unavailable',
  'minimum_order_not_met',
  'tier_required',
  'redemption_not_cancellable',
  // earning actions
  'action_limit_reached',
  'birthday_already_set',
] as const;

export type LoyaltyErrorCode = (typeof LOYALTY_ERROR_CODES)[number];
