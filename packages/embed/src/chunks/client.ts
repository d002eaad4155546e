// The production backend chunk, fetched at boot in parallel with the locale:
// the HTTP client with its response validation, and what every page needs
// right after boot (boot-extras.ts: the theme resolver, option checks, nudge,
// data layer; the widgets render once it is here). All kept out of the entry.
import { createHttpBackend } from '@loyaltykit/client';
import type { LoyaltyBackend } from '@loyaltykit/core';
import type { Identity } from '../backend.ts';
import type { EmbedConfig } from '../config.ts';

export function createBackend(config: EmbedConfig, identity?: Identity): LoyaltyBackend {
  return createHttpBackend({
    apiUrl: config.apiUrl ?? '',
    publishableKey: config.publishableKey ?? '',
    customerToken: identity ? identity.token : config.customerToken,
    tokenProvider: identity?.tokenProvider,
  });
}

export * from './boot-extras.ts';
