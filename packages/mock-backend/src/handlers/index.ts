import { type Connector, createGateway, type FetchHandler } from '@loyaltykit/gateway';
import { delay, http, type RequestHandler } from 'msw';
import type { LoyaltyEngine } from '../engine/engine.ts';
import { DEMO_AUDIENCE, DEMO_PUBLISHABLE_KEY, DEMO_SECRET } from '../tokens.ts';

/** How the mock API verifies tokens and behaves; all optional. */
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
  /** Serve every valid token as this customer, or `null` as a guest (scenarios use it). */
  actAs?: string | null;
}

/** The engine as a gateway connector; keyed operations wait `commitDelay` ms before committing. */
export function engineConnector(engine: LoyaltyEngine, commitDelay = 0): Connector {
  const late =
    <A extends unknown[], R>(run: (...args: A) => R) =>
    async (...args: A): Promise<R> => {
      if (commitDelay > 0) await delay(commitDelay);
      return run(...args);
    };
  return {
    program: () => engine.program(),
    customer: (id) => engine.customer(id),
    activity: (id, page) => engine.activity(id, page),
    redeem: late((id, input) => engine.redeem(id, input)),
    cancelRedemption: (id, redemptionId) => engine.cancelRedemption(id, redemptionId),
    claimAction: late((id, ruleId) => engine.claimAction(id, ruleId)),
    setBirthday: (id, birthday) => engine.setBirthday(id, birthday),
    quote: (cart, id) => engine.quote(cart, id),
  };
}

/**
 * The Storefront API v1 as a fetch handler: the gateway over the engine
 * connector, judged by the engine clock (tokens expire exactly when the
 * engine says, so tests can move time), with the engine's idempotency store.
 */
export function createMockGateway(
  engine: LoyaltyEngine,
  options: HandlerOptions = {},
): FetchHandler {
  const programme = {
    audience: options.audience ?? DEMO_AUDIENCE,
    signingKeys: [{ secret: options.secret ?? DEMO_SECRET }],
  };
  const keys = Object.fromEntries(
    (options.publishableKeys ?? [DEMO_PUBLISHABLE_KEY]).map((key) => [key, programme]),
  );
  const { actAs } = options;
  return createGateway({
    connector: engineConnector(engine, options.commitDelay),
    keys,
    idempotency: engine.idempotency,
    now: () => engine.now(),
    clockSkew: 0,
    ...(actAs !== undefined && { identify: () => actAs }),
  });
}

/**
 * msw handlers serving the Storefront API v1 from an engine, through the
 * gateway. Paths match any origin, so the same handlers serve `setupServer`
 * in Node tests, Storybook and the in-page demo fetch.
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
  const gateway = createMockGateway(engine, options);
  return [http.all('*/v1/*', ({ request }) => gateway(request))];
}
