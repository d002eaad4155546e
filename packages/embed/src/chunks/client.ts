// The production backend chunk: the HTTP client and its response validation,
// fetched at boot in parallel with the locale, so the entry stays small.
import { createHttpBackend } from '@loyaltykit/client';
import type { LoyaltyBackend } from '@loyaltykit/core';
import type { EmbedConfig } from '../config.ts';

export function createBackend(config: EmbedConfig): LoyaltyBackend {
  return createHttpBackend({
    apiUrl: config.apiUrl ?? '',
    publishableKey: config.publishableKey ?? '',
    customerToken: config.customerToken,
  });
}
