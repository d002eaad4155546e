// The demo runtime chunk, loaded only by pages that ask for
// `data-api-url="demo"`: the same runtime as the client chunk, with the mock
// engine and msw as the backend. The real HTTP client still does the talking,
// through a fetch answered in the page.
import { createHttpBackend } from '@loyaltykit/client';
import { createDemo, usStore } from '@loyaltykit/mock-backend';
import { start as startRuntime } from '../runtime/start.tsx';
import { pageStorage } from '../runtime/storage.ts';
import type { Host } from '../shared/host.ts';

export { shared } from '../runtime/shared-modules.ts';

/** Set by `signOut()`, cleared by `identify()`: the demo store's session, as a shop's cookie would be. */
const SIGNED_OUT = 'loyaltykit-demo:signed-out';

/** Remembers (or, without an argument, reads) whether the shopper signed out; storage may be off. */
function signedOut(remember?: boolean): boolean {
  try {
    if (remember) localStorage.setItem(SIGNED_OUT, '1');
    else if (remember === false) localStorage.removeItem(SIGNED_OUT);
    return localStorage.getItem(SIGNED_OUT) === '1';
  } catch {
    return remember ?? false;
  }
}

export const start = (host: Host) =>
  startRuntime(host, (config, identity) => {
    // The shopper's redemptions and claims survive reloads and page changes across the demo store.
    const demo = createDemo(usStore, { persist: true });
    if (identity) signedOut(!identity.token && !identity.tokenProvider);
    const token = identity ? identity.token : config.customerToken;
    // DEMO ONLY: until the page says who the shopper is (or after they signed
    // out on any page), a token minted in the browser with the public demo
    // secret signs in the seed's demo customer.
    const tokenProvider =
      identity?.tokenProvider ??
      (identity || token || signedOut() ? undefined : () => demo.mintDemoToken());
    return {
      backend: createHttpBackend({
        apiUrl: demo.apiUrl,
        publishableKey: demo.publishableKey,
        customerToken: token,
        tokenProvider,
        fetch: demo.fetch,
        storage: pageStorage(),
        // The demo programme's texts in the shopper's language (mock-backend's US store translations).
        locale: config.localeTag,
      }),
      guest: !token && !tokenProvider,
    };
  });
