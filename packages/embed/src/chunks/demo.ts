// The demo backend chunk: the mock engine and msw, loaded only by pages that
// ask for `data-api-url="demo"`. The real HTTP client still does the talking,
// through a fetch answered in the page. Like the client chunk, it carries
// what every page needs right after boot (boot-extras.ts).
import { createHttpBackend } from '@loyaltykit/client';
import type { LoyaltyBackend } from '@loyaltykit/core';
import { createDemo, usStore } from '@loyaltykit/mock-backend';
import type { Identity } from '../backend.ts';
import type { EmbedConfig } from '../config.ts';

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

export async function createBackend(
  config: EmbedConfig,
  identity?: Identity,
): Promise<LoyaltyBackend> {
  // The shopper's redemptions and claims survive reloads and page changes across the demo store.
  const demo = createDemo(usStore, { persist: true });
  if (identity) signedOut(!identity.token && !identity.tokenProvider);
  return createHttpBackend({
    apiUrl: demo.apiUrl,
    publishableKey: demo.publishableKey,
    // DEMO ONLY: until the page says who the shopper is (or after they signed
    // out on any page), a token minted in the browser with the public demo
    // secret signs in the seed's demo customer.
    customerToken: identity
      ? identity.token
      : (config.customerToken ?? (signedOut() ? undefined : await demo.mintDemoToken())),
    tokenProvider: identity?.tokenProvider,
    fetch: demo.fetch,
  });
}

export * from './boot-extras.ts';
