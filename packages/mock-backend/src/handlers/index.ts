import {
  type Capability,
  can,
  LoyaltyError,
  type Program,
  type ProgramCapabilities,
} from '@loyaltykit/core';
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
  /** Declared (and kept to) instead of the seed programme's capabilities. */
  capabilities?: ProgramCapabilities;
}

/** How {@link engineConnector} serves the engine. */
export interface ConnectorOptions extends Pick<HandlerOptions, 'commitDelay' | 'capabilities'> {}

const unsupported = (what: string) =>
  new LoyaltyError('not_found', `This backend does not ${what}.`, { status: 404 });

/**
 * The engine as a gateway connector, in the seed's languages (the gateway
 * picks one per request); keyed operations wait `commitDelay` ms before
 * committing. It keeps to the capabilities it declares (the seed
 * programme's, or `capabilities`), as a platform without them would: an
 * operation it cannot do is refused with the problem openapi.yaml names, a
 * `variable` reward stays listed but cannot be redeemed, and without
 * `referrals` nobody has a referral link or offer.
 */
export function engineConnector(
  engine: LoyaltyEngine,
  { commitDelay = 0, capabilities }: ConnectorOptions = {},
): Connector {
  // The engine's programme is fixed when it is created.
  const declared: Pick<Program, 'capabilities'> = {
    capabilities: capabilities ?? engine.program().capabilities,
  };
  const able = (capability: Capability) => can(declared, capability);
  const only =
    <A extends unknown[], R>(capability: Capability, refusal: string, run: (...args: A) => R) =>
    (...args: A): R => {
      if (!able(capability)) throw unsupported(refusal);
      return run(...args);
    };
  const late =
    <A extends unknown[], R>(run: (...args: A) => R) =>
    async (...args: A): Promise<R> => {
      if (commitDelay > 0) await delay(commitDelay);
      return run(...args);
    };
  const withoutReferrals = <T extends { referral?: unknown }>(value: T): T => {
    if (able('referrals')) return value;
    const { referral: _, ...rest } = value;
    return rest as T;
  };
  return {
    locales: engine.locales(),
    program: (locale) => ({
      ...withoutReferrals(engine.program(locale)),
      ...(declared.capabilities && declared),
    }),
    customer: (id, locale) => {
      const customer = engine.customer(id, locale);
      return customer && withoutReferrals(customer);
    },
    activity: only('activity', 'keep a points history', (id, page) => engine.activity(id, page)),
    redeem: late((id, input) => {
      const reward = engine.program().rewards.find((r) => r.id === input.rewardId);
      if (reward?.kind === 'variable' && !able('variableRewards'))
        throw new LoyaltyError('reward_unavailable', 'This backend has no variable rewards.', {
          status: 422,
        });
      return engine.redeem(id, input);
    }),
    cancelRedemption: (id, redemptionId) => {
      if (!able('cancelRedemption'))
        throw new LoyaltyError(
          'redemption_not_cancellable',
          'This backend cannot cancel redemptions.',
          { status: 409 },
        );
      return engine.cancelRedemption(id, redemptionId);
    },
    claimAction: late(
      only('actions', 'take claims', (id, ruleId) => engine.claimAction(id, ruleId)),
    ),
    setBirthday: only('birthday', 'record birthdays', (id, birthday) =>
      engine.setBirthday(id, birthday),
    ),
    ...(able('quote') && { quote: (cart, id) => engine.quote(cart, id) }),
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
    connector: engineConnector(engine, options),
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
