import { http, type RequestHandler } from 'msw';
import type { LoyaltyEngine } from '../engine/engine.ts';
import { DEMO_AUDIENCE, DEMO_SECRET } from '../tokens.ts';
import { actionHandlers } from './actions.ts';
import { customerHandlers } from './customer.ts';
import { guarded, type HandlerContext, problem } from './http.ts';
import { programHandlers } from './program.ts';
import { quoteHandlers } from './quote.ts';
import { redemptionHandlers } from './redemptions.ts';

/** How handlers verify tokens and behave; all optional. */
export interface HandlerOptions {
  /** Secret customer tokens are verified with. Default: the public demo secret. */
  secret?: string;
  /** Audience tokens must carry. Default: the demo audience. */
  audience?: string;
  /**
   * Milliseconds between accepting a keyed POST and committing it, so a
   * second request with the same key sees it in flight (409). Default 0.
   */
  commitDelay?: number;
  /** See {@link HandlerContext.actAs}: serve every valid token as this customer, or `null` as a guest. */
  actAs?: string | null;
}

/**
 * msw handlers serving the Storefront API v1 from an engine. Paths match any
 * origin, so the same handlers serve `setupServer` in Node tests, Storybook,
 * the in-page demo fetch and the Node HTTP server. Token expiry follows the
 * engine clock.
 *
 * @example
 * ```ts
 * const server = setupServer(...createHandlers(createEngine(usStore)));
 * ```
 */
export function createHandlers(
  engine: LoyaltyEngine,
  options: HandlerOptions = {},
): RequestHandler[] {
  const context: HandlerContext = {
    engine,
    secret: options.secret ?? DEMO_SECRET,
    audience: options.audience ?? DEMO_AUDIENCE,
    commitDelay: options.commitDelay ?? 0,
    ...(options.actAs !== undefined && { actAs: options.actAs }),
  };
  return [
    ...programHandlers(context),
    ...customerHandlers(context),
    ...redemptionHandlers(context),
    ...actionHandlers(context),
    ...quoteHandlers(context),
    // Last: anything else under /v1 is a problem+json 404, like every other error.
    http.all(
      '*/v1/*',
      guarded(async ({ request }) =>
        problem(404, 'not_found', `No ${request.method} ${new URL(request.url).pathname}.`),
      ),
    ),
  ];
}
