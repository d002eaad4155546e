import { HttpHandler, http, matchRequestUrl, type RequestHandler } from 'msw';
import type { LoyaltyEngine } from '../engine/engine.ts';
import { DEMO_AUDIENCE, DEMO_PUBLISHABLE_KEY, DEMO_SECRET } from '../tokens.ts';
import { actionHandlers } from './actions.ts';
import { customerHandlers } from './customer.ts';
import { type HandlerContext, problem, refusedKey } from './http.ts';
import { programHandlers } from './program.ts';
import { quoteHandlers } from './quote.ts';
import { redemptionHandlers } from './redemptions.ts';

/** How handlers verify tokens and behave; all optional. */
export interface HandlerOptions {
  /** Secret customer tokens are verified with. Default: the public demo secret. */
  secret?: string;
  /** Audience tokens must carry. Default: the demo audience. */
  audience?: string;
  /** Publishable keys the API serves; requests with any other get a 401. Default: `['pk_demo']`. */
  publishableKeys?: readonly string[];
  /**
   * Milliseconds between accepting a keyed POST and committing it, so a
   * second request with the same key sees it in flight (409). Default 0.
   */
  commitDelay?: number;
  /** See {@link HandlerContext.actAs}: serve every valid token as this customer, or `null` as a guest. */
  actAs?: string | null;
}

/** The methods `handlers` serve at the URL's path, in their order; empty for a path they do not know. */
export function allowedMethods(handlers: readonly RequestHandler[], url: URL): string[] {
  const methods = handlers.flatMap((handler) =>
    handler instanceof HttpHandler &&
    typeof handler.info.method === 'string' &&
    typeof handler.info.path === 'string' &&
    matchRequestUrl(url, handler.info.path).matches
      ? [handler.info.method]
      : [],
  );
  return [...new Set(methods)];
}

/**
 * The answer to a request no route takes: 405 with `Allow` when the path has
 * other methods (RFC 9110 §15.5.6), else 404.
 */
export function unrouted(handlers: readonly RequestHandler[], method: string, url: URL): Response {
  const allow = allowedMethods(handlers, url);
  return allow.length > 0
    ? problem(405, 'not_found', `${url.pathname} takes ${allow.join(', ')}, not ${method}.`, {
        Allow: allow.join(', '),
      })
    : problem(404, 'not_found', `No ${method} ${url.pathname}.`);
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
    publishableKeys: options.publishableKeys ?? [DEMO_PUBLISHABLE_KEY],
    commitDelay: options.commitDelay ?? 0,
    ...(options.actAs !== undefined && { actAs: options.actAs }),
  };
  const routes = [
    ...programHandlers(context),
    ...customerHandlers(context),
    ...redemptionHandlers(context),
    ...actionHandlers(context),
    ...quoteHandlers(context),
  ];
  return [
    // First: a request without a known key goes no further (nothing returned passes it on).
    http.all('*/v1/*', ({ request }) => refusedKey(request, context.publishableKeys)),
    ...routes,
    // Last: anything else under /v1 is a problem+json 405 or 404, like every other error.
    http.all('*/v1/*', ({ request }) => unrouted(routes, request.method, new URL(request.url))),
  ];
}
