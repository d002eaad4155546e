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

/** Every failure a backend reports is a `LoyaltyError`: callers switch on `code`, never on messages. */
export class LoyaltyError extends Error {
  override readonly name = 'LoyaltyError';
  readonly code: LoyaltyErrorCode;
  /** HTTP status, when the failure came from a response. */
  readonly status: number | undefined;

  constructor(
    code: LoyaltyErrorCode,
    message: string,
    options?: { status?: number; cause?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = options?.status;
  }
}

/** Whether an unknown thrown value is a `LoyaltyError`, even across bundle copies of this module. */
export function isLoyaltyError(value: unknown): value is LoyaltyError {
  return value instanceof Error && value.name === 'LoyaltyError' && 'code' in value;
}
