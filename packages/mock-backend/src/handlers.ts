import { HttpResponse, http, type RequestHandler } from 'msw';
import type { LoyaltyEngine } from './engine.ts';
import { DEMO_AUDIENCE, DEMO_SECRET, verifyToken } from './tokens.ts';

export interface HandlerOptions {
  /** Secret customer tokens are verified with. Default: the public demo secret. */
  secret?: string;
  audience?: string;
  /** Clock in milliseconds, injectable for expiry tests. */
  now?: () => number;
}

/** An RFC 9457 problem response with the API's stable `code`. */
export function problem(status: number, code: string, detail: string) {
  return HttpResponse.json(
    { type: `https://loyaltykit.dev/problems/${code}`, title: detail, status, detail, code },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/**
 * msw handlers serving the Storefront API v1 from an engine. The paths match
 * any origin, so the same handlers serve `setupServer` in Node tests, Storybook
 * and the in-page demo fetch.
 */
export function createHandlers(
  engine: LoyaltyEngine,
  options: HandlerOptions = {},
): RequestHandler[] {
  const secret = options.secret ?? DEMO_SECRET;
  const audience = options.audience ?? DEMO_AUDIENCE;
  const now = options.now ?? Date.now;

  return [
    http.get('*/v1/program', ({ request }) => {
      if (!request.headers.get('X-Publishable-Key')) {
        return problem(401, 'unauthorized', 'The X-Publishable-Key header is missing.');
      }
      return HttpResponse.json(engine.program(), {
        headers: { 'Cache-Control': 'public, max-age=60' },
      });
    }),

    http.get('*/v1/me', async ({ request }) => {
      const match = /^Bearer (\S+)$/.exec(request.headers.get('Authorization') ?? '');
      if (!match?.[1]) return problem(401, 'unauthorized', 'A customer token is required.');
      const check = await verifyToken(match[1], { secret, audience, now: now() });
      if (!check.ok) {
        return check.reason === 'expired'
          ? problem(401, 'token_expired', 'The customer token has expired.')
          : problem(401, 'unauthorized', `The customer token was refused (${check.reason}).`);
      }
      const customer = engine.customer(check.claims.sub);
      if (!customer) return problem(401, 'unauthorized', 'No such customer.');
      return HttpResponse.json(customer);
    }),
  ];
}
