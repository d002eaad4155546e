import { FEWEST_CAPABILITIES } from '@loyaltykit/core';
import { problem } from '@loyaltykit/gateway';
import { delay, HttpResponse, http, type RequestHandler } from 'msw';
import type { LoyaltyEngine } from './engine/engine.ts';
import type { Persona } from './engine/types.ts';
import { createHandlers, type HandlerOptions } from './handlers/index.ts';

/** Every named scenario, for story controls and test tables. */
export const SCENARIOS = [
  'member',
  'guest',
  'new_member',
  'vip',
  'insufficient_points',
  'fewest_capabilities',
  'server_error',
  'slow_network',
  'malformed_response',
] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

/** Which seed member each customer scenario signs in as. */
const PERSONA_OF: Partial<Record<ScenarioName, Persona>> = {
  member: 'member',
  new_member: 'new_member',
  vip: 'vip',
  insufficient_points: 'low_balance',
};

/** Default delay of `slow_network`: long enough to see every loading state. */
export const SLOW_NETWORK_MS = 2500;

export interface ScenarioOptions extends HandlerOptions {
  /** Delay of `slow_network`, in ms. */
  latency?: number;
}

/**
 * msw handlers that put the API into a named state. Put them in front of the
 * regular handlers: `server.use(...createScenario('vip', engine))` in a Node
 * test, or `createDemo(usStore, { scenario: 'vip' })` in a page or story.
 *
 * - `member`, `new_member`, `vip` (a few points short of the next tier),
 *   `insufficient_points` (cannot afford any reward): every valid token is
 *   served as that seed member, so one minted token fits every scenario.
 * - `fewest_capabilities`: the member, on a backend that declares (and keeps
 *   to) every capability `false`: no cancelling, birthday, action claims,
 *   referrals, activity, quotes or variable rewards.
 * - `guest`: customer endpoints answer 401, as for a shopper without a token.
 * - `server_error`: every call is a 500 problem.
 * - `slow_network`: every call waits `latency` ms, then is answered normally.
 * - `malformed_response`: 200s whose bodies break the contract (wrong shapes, cut-off JSON).
 *
 * @example
 * ```ts
 * server.use(...createScenario('insufficient_points', engine));
 * ```
 */
export function createScenario(
  name: ScenarioName,
  engine: LoyaltyEngine,
  options: ScenarioOptions = {},
): RequestHandler[] {
  const persona = PERSONA_OF[name];
  if (persona) return createHandlers(engine, { ...options, actAs: engine.personas[persona] });
  switch (name) {
    case 'fewest_capabilities':
      return createHandlers(engine, {
        ...options,
        actAs: engine.personas.member,
        capabilities: FEWEST_CAPABILITIES,
      });
    case 'guest':
      return createHandlers(engine, { ...options, actAs: null });
    case 'server_error':
      return [
        http.all('*/v1/*', () =>
          problem(500, 'http_error', 'The loyalty service failed (server_error scenario).'),
        ),
      ];
    case 'slow_network':
      // Returning nothing hands the request on to the next handler, late.
      return [http.all('*/v1/*', () => delay(options.latency ?? SLOW_NETWORK_MS))];
    default:
      return [
        http.get('*/v1/program', () => HttpResponse.json({ id: 42, rewards: 'none' })),
        http.all(
          '*/v1/*',
          () =>
            new HttpResponse('{"id":"cus_', {
              headers: { 'Content-Type': 'application/json' },
            }),
        ),
      ];
  }
}
