import { signToken } from '@loyaltykit/gateway';
import { createEngine, type LoyaltyEngine } from './engine/engine.ts';
import type { EngineSeed } from './engine/types.ts';
import { createHandlers } from './handlers/index.ts';
import { createInProcessFetch } from './in-process-fetch.ts';
import { browserStorage, loadState, type StateStorage, saveState } from './persistence.ts';
import { createScenario, type ScenarioName } from './scenarios.ts';
import { usStore } from './seeds/us-store.ts';
import { DEMO_AUDIENCE, DEMO_SECRET } from './tokens.ts';

/** The origin demo requests are addressed to; nothing is ever sent there. */
export const DEMO_API_URL = 'https://demo.loyaltykit.invalid';

/** Everything a page needs to run widgets against the in-browser mock backend. */
export interface Demo {
  apiUrl: string;
  publishableKey: string;
  fetch: typeof fetch;
  /** A DEMO token for the scenario's member, signed with the public demo secret. */
  mintDemoToken(): Promise<string>;
  /** The engine behind `fetch`: play the shop's part (`placeOrder`) or inspect state. */
  engine: LoyaltyEngine;
}

export interface DemoOptions {
  /** The API state to show (see {@link createScenario}). Default: the plain API, signed in as the seed's demo member. */
  scenario?: ScenarioName;
  /**
   * Keep the engine state across reloads: `true` uses `localStorage` when the
   * page has it; or pass any storage. Off by default (Node, tests, stories).
   */
  persist?: boolean | StateStorage;
  /** The engine clock. Default `Date.now`. */
  now?: () => number;
}

/**
 * Starts an in-memory engine and returns a `fetch` that serves the Storefront
 * API from it, in-process (no service worker, no network).
 *
 * @example
 * ```ts
 * const demo = createDemo(usStore, { scenario: 'vip', persist: true });
 * const backend = createHttpBackend({
 *   apiUrl: demo.apiUrl,
 *   publishableKey: demo.publishableKey,
 *   customerToken: await demo.mintDemoToken(), // DEMO ONLY
 *   fetch: demo.fetch,
 * });
 * ```
 */
export function createDemo(seed: EngineSeed = usStore, options: DemoOptions = {}): Demo {
  const storage = options.persist === true ? browserStorage() : options.persist || undefined;
  const key = `loyaltykit-demo:${seed.codePrefix}`;
  const saved = storage && loadState(storage, key);
  const engine = createEngine(seed, {
    ...(options.now && { now: options.now }),
    ...(saved && { state: saved }),
    ...(storage && { onChange: (state) => saveState(storage, key, state) }),
  });
  const handlers = [
    ...(options.scenario ? createScenario(options.scenario, engine) : []),
    ...createHandlers(engine),
  ];
  return {
    apiUrl: DEMO_API_URL,
    publishableKey: 'pk_demo',
    fetch: createInProcessFetch(handlers),
    engine,
    mintDemoToken: () =>
      signToken(
        {
          sub: engine.personas.member,
          aud: DEMO_AUDIENCE,
          exp: Math.floor(engine.now() / 1000) + 3600,
        },
        DEMO_SECRET,
      ),
  };
}
