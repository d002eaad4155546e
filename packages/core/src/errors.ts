/**
 * Stable error codes. The first group is raised by clients (the request never
 * produced a usable answer); the second mirrors the `code` of the API's
 * problem+json responses.
 */
export const LOYALTY_ERROR_CODES = [
  'network_error',
  'timeout',
  'invalid_response',
  'http_error',
  'unauthorized',
  'token_expired',
  'not_found',
  'insufficient_points',
  'reward_unavailable',
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
