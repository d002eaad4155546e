import { createEngine, type EngineSeed } from './engine.ts';
import { createHandlers } from './handlers.ts';
import { createInProcessFetch } from './in-process-fetch.ts';
import { usStore } from './seeds/us-store.ts';
import { DEMO_AUDIENCE, DEMO_SECRET, signToken } from './tokens.ts';

/** The origin demo requests are addressed to; nothing is ever sent there. */
export const DEMO_API_URL = 'https://demo.loyaltykit.invalid';

/** Everything a page needs to run widgets against the in-browser mock backend. */
export interface Demo {
  apiUrl: string;
  publishableKey: string;
  fetch: typeof fetch;
  /** A DEMO token for the seed's demo customer, signed with the public demo secret. */
  mintDemoToken(): Promise<string>;
}

/** Starts an in-memory engine and returns a `fetch` that serves the Storefront API from it. */
export function createDemo(seed: EngineSeed = usStore): Demo {
  const engine = createEngine(seed);
  return {
    apiUrl: DEMO_API_URL,
    publishableKey: 'pk_demo',
    fetch: createInProcessFetch(createHandlers(engine)),
    mintDemoToken: () =>
      signToken(
        { sub: seed.demoCustomerId, aud: DEMO_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 3600 },
        DEMO_SECRET,
      ),
  };
}
