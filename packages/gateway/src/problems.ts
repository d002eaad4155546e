import { isLoyaltyError, type LoyaltyError, type LoyaltyErrorCode } from '@loyaltykit/core';
import { type FieldError, InvalidRequest } from './invalid-request.ts';

/** The body of an RFC 9457 problem with the API's stable `code`, and what failed when known. */
export const problemBody = (
  status: number,
  code: LoyaltyErrorCode,
  detail: string,
  errors?: readonly FieldError[],
) => ({
  type: `https://loyaltykit.dev/problems/${code}`,
  title: TITLES[code],
  status,
  detail,
  code,
  ...(errors && { errors }),
});

/** The problem body for a connector's (or the gateway's) refusal, answered with `status`. */
export const problemFor = (error: LoyaltyError, status: number) =>
  problemBody(
    status,
    error.code,
    error.message,
    error instanceof InvalidRequest ? error.errors : undefined,
  );

/**
 * An RFC 9457 problem response (`application/problem+json`).
 *
 * @example
 * ```ts
 * return problem(422, 'insufficient_points', 'This reward needs 250 more points.');
 * ```
 */
export function problem(
  status: number,
  code: LoyaltyErrorCode,
  detail: string,
  headers: Record<string, string> = {},
): Response {
  const response = reply(status, problemBody(status, code, detail));
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

// Titles are per code (RFC 9457: the same for every occurrence); the detail varies.
const TITLES: Record<LoyaltyErrorCode, string> = {
  network_error: 'Network error',
  timeout: 'Timeout',
  invalid_response: 'Invalid response',
  http_error: 'Server error',
  identity_changed: 'Identity changed',
  unauthorized: 'Unauthorized',
  token_expired: 'Customer token expired',
  not_found: 'Not found',
  validation_failed: 'Invalid request',
  rate_limited: 'Too many requests',
  idempotency_key_reused: 'Idempotency key reused',
  request_in_progress: 'Request in progress',
  insufficient_points: 'Not enough points',
  reward_unavailable: 'Reward unavailable',
  minimum_order_not_met: 'Minimum order not met',
  tier_required: 'Tier required',
  redemption_not_cancellable: 'Redemption cannot be cancelled',
  action_limit_reached: 'Action limit reached',
  birthday_already_set: 'Birthday already set',
};

/** A JSON response; problems (4xx, 5xx) as `application/problem+json`. Replays go through here too. */
export const reply = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

/**
 * The problem response for a refusal (a LoyaltyError with a status below 500:
 * the platform's decision); anything else is a failure, answered 500 (or the
 * error's 5xx) without its internals.
 */
export function errorResponse(error: unknown): Response {
  if (isLoyaltyError(error) && error.status !== undefined) {
    return reply(error.status, problemFor(error, error.status));
  }
  return problem(500, 'http_error', 'The loyalty service failed; try again.');
}
