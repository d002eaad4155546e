// The demo backend chunk: the mock engine and msw, loaded only by pages that
// ask for `data-api-url="demo"`. The real HTTP client still does the talking,
// through a fetch answered in the page. Like the client chunk, it carries the
// theme resolver.
import { createHttpBackend } from '@loyaltykit/client';
import type { LoyaltyBackend } from '@loyaltykit/core';
import { createDemo, usStore } from '@loyaltykit/mock-backend';
import type { Identity } from '../backend.ts';
import type { EmbedConfig } from '../config.ts';

export async function createBackend(
  config: EmbedConfig,
  identity?: Identity,
): Promise<LoyaltyBackend> {
  // The shopper's redemptions and claims survive reloads and page changes across the demo store.
  const demo = createDemo(usStore, { persist: true });
  return createHttpBackend({
    apiUrl: demo.apiUrl,
    publishableKey: demo.publishableKey,
    // DEMO ONLY: until the page says who the shopper is, a token minted in the
    // browser with the public demo secret signs in the seed's demo customer.
    customerToken: identity
      ? identity.token
      : (config.customerToken ?? (await demo.mintDemoToken())),
    tokenProvider: identity?.tokenProvider,
    fetch: demo.fetch,
  });
}

export { themeCss } from '@loyaltykit/theme';
export { forwardEvents } from '../data-layer.ts';
export { readThemeOptions } from '../theme-options.ts';
