import { isLoyaltyError, LoyaltyError } from '@loyaltykit/core';
import { delay } from 'msw';
import { InvalidRequest } from '../engine/invalid-request.ts';
import { type HandlerContext, problemFor, reply } from './http.ts';

/** JSON with object keys sorted: the same body in another key order is the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Runs a POST exactly once per customer, operation and `Idempotency-Key`
 * (DESIGN.md §4): the first
 * request's response (success or refusal) is stored and replayed for the
 * same key and body; a different body is a 422, a retry while the first is
 * still in flight a 409. Errors that are not the engine's decision (bugs)
 * free the key, so a retry can still succeed.
 */
export async function keyed(
  request: Request,
  context: HandlerContext,
  customerId: string,
  body: unknown,
  run: () => { status: number; body: unknown },
): Promise<Response> {
  const key = request.headers.get('Idempotency-Key');
  if (!key || key.length > 255) {
    throw new InvalidRequest([
      { header: 'Idempotency-Key', detail: 'Send an Idempotency-Key header (1–255 chars).' },
    ]);
  }
  const claim = context.engine.idempotency.claim({
    customerId,
    operation: `${request.method} ${new URL(request.url).pathname}`,
    key,
    fingerprint: canonical(body),
  });
  switch (claim.status) {
    case 'replay': {
      const response = reply(claim.response.status, claim.response.body);
      response.headers.set('Idempotent-Replayed', 'true');
      return response;
    }
    case 'in_progress':
      throw new LoyaltyError('request_in_progress', 'A request with this key is in flight.', {
        status: 409,
      });
    case 'reused':
      throw new LoyaltyError(
        'idempotency_key_reused',
        'This Idempotency-Key was used for a different request.',
        { status: 422 },
      );
  }
  let outcome: { status: number; body: unknown };
  try {
    if (context.commitDelay > 0) await delay(context.commitDelay);
    outcome = run();
  } catch (error) {
    if (!isLoyaltyError(error) || error.status === undefined || error.status >= 500) {
      claim.release();
      throw error;
    }
    outcome = { status: error.status, body: problemFor(error, error.status) };
  }
  claim.complete(outcome.status, outcome.body);
  return reply(outcome.status, outcome.body);
}
