// The production backend chunk, fetched at boot in parallel with the locale:
// the HTTP client with its response validation, and the theme resolver (the
// widgets render once it is here). Both kept out of the entry's 12 KB budget.
import { createHttpBackend } from '@loyaltykit/client';
import type { LoyaltyBackend } from '@loyaltykit/core';
import type { Identity } from '../backend.ts';
import type { EmbedConfig } from '../config.ts';
import { rememberReferralCode } from '../referral.ts';

// Loaded at boot on every page: a referral link's code is kept before the shopper browses on.
rememberReferralCode();

export function createBackend(config: EmbedConfig, identity?: Identity): LoyaltyBackend {
  return createHttpBackend({
    apiUrl: config.apiUrl ?? '',
    publishableKey: config.publishableKey ?? '',
    customerToken: identity ? identity.token : config.customerToken,
    tokenProvider: identity?.tokenProvider,
  });
}

export { themeCss } from '@loyaltykit/theme';
export { forwardEvents } from '../data-layer.ts';
export { ScriptNudge as Nudge } from '../nudge.tsx';
export { readThemeOptions } from '../theme-options.ts';
