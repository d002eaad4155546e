import { isLoyaltyError, LoyaltyError, type LoyaltyErrorCode } from '@loyaltykit/core';
import type { LoyaltyEngine } from '../engine/engine.ts';
import { type FieldError, InvalidRequest } from '../engine/invalid-request.ts';
import { verifyToken } from '../tokens.ts';

/** What every handler group needs. */
export interface HandlerContext {
  engine: LoyaltyEngine;
  secret: string;
  audience: string;
  /** The publishable keys this API serves; any other is a 401. */
  publishableKeys: readonly string[];
  /** Milliseconds a keyed request stays in flight before the engine commits it. */
  commitDelay: number;
  /**
   * Serve every customer endpoint as this customer, whoever the (valid)
   * token names; `null` serves every token as a guest. Scenarios use it.
   */
  actAs?: string | null;
}

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

/** The problem body for an engine error, answered with `status`. */
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

/** The problem response for an engine error; anything else is a bug and propagates. */
export function errorResponse(error: unknown): Response {
  if (isLoyaltyError(error) && error.status !== undefined) {
    return reply(error.status, problemFor(error, error.status));
  }
  throw error;
}

/**
 * Every request names the programme by its publishable key: a missing or
 * unknown one is a 401. Returns nothing for a known key.
 */
export function refusedKey(request: Request, known: readonly string[]): Response | undefined {
  const key = request.headers.get('X-Publishable-Key');
  if (key && known.includes(key)) return undefined;
  return problem(
    401,
    'unauthorized',
    key
      ? `Unknown publishable key; this API serves ${known.join(', ')}.`
      : 'The X-Publishable-Key header is missing.',
  );
}

/**
 * The customer the bearer token names, or `null` without an Authorization
 * header. Throws the 401 LoyaltyError for a bad, tampered, foreign or expired token.
 */
export async function tokenCustomer(
  request: Request,
  context: HandlerContext,
): Promise<string | null> {
  const header = request.headers.get('Authorization');
  if (header === null) return null;
  // RFC 9110 §11.1: the scheme is case-insensitive, and one or more spaces follow it.
  const token = /^bearer +(\S+)$/i.exec(header)?.[1];
  if (!token)
    throw new LoyaltyError('unauthorized', 'Send the token as "Bearer <token>".', { status: 401 });
  const check = await verifyToken(token, {
    secret: context.secret,
    audience: context.audience,
    now: context.engine.now(),
  });
  if (!check.ok) {
    throw check.reason === 'expired'
      ? new LoyaltyError('token_expired', 'The customer token has expired.', { status: 401 })
      : new LoyaltyError('unauthorized', `The customer token was refused (${check.reason}).`, {
          status: 401,
        });
  }
  return context.actAs === undefined ? check.claims.sub : context.actAs;
}

/** The signed-in customer's id; guests and unknown customers get a 401. */
export async function requireCustomer(request: Request, context: HandlerContext): Promise<string> {
  const id = await tokenCustomer(request, context);
  if (id === null || context.engine.customer(id) === undefined) {
    throw new LoyaltyError('unauthorized', 'Sign in: this needs a customer token.', {
      status: 401,
    });
  }
  return id;
}

/** The parsed JSON body; a body that is not JSON is a 400. */
export async function jsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new InvalidRequest([{ pointer: '', detail: 'The body is not JSON.' }]);
  }
}

/** Paths whose answers are one shopper's: no cache may keep them. */
const CUSTOMER_PATH = /\/v1\/me(\/|$)/;

/**
 * Runs a handler body, turning the LoyaltyErrors it throws into problem
 * responses; answers under `/v1/me` get `Cache-Control: private, no-store`.
 */
export const guarded =
  <A extends { request: Request }>(run: (args: A) => Promise<Response>) =>
  async (args: A): Promise<Response> => {
    let response: Response;
    try {
      response = await run(args);
    } catch (error) {
      response = errorResponse(error);
    }
    if (CUSTOMER_PATH.test(new URL(args.request.url).pathname)) {
      response.headers.set('Cache-Control', 'private, no-store');
    }
    return response;
  };
