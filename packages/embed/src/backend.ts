import { isLoyaltyError, type LoyaltyBackend, LoyaltyError } from '@loyaltykit/core';
import type { LoadChunk } from './chunk-loader.ts';
import type { EmbedConfig } from './config.ts';

/** What the client and demo chunks both offer. */
export type BackendChunk = typeof import('./chunks/client.ts') | typeof import('./chunks/demo.ts');

/** The backend chunk this configuration needs: the mock engine in demo mode, else the HTTP client. */
export const loadBackendChunk = (config: EmbedConfig, loadChunk: LoadChunk) =>
  loadChunk<BackendChunk>(config.apiUrl === 'demo' ? 'demo' : 'client');

/** Every method of the contract the widgets call through the lazy backend. */
const METHODS = [
  'getProgram',
  'getCustomer',
  'getActivity',
  'redeem',
  'cancelRedemption',
  'claimAction',
  'setBirthday',
] as const satisfies readonly (keyof LoyaltyBackend)[];

/**
 * Who the shopper is, once the page says so after boot (`LoyaltyKit.identify`,
 * `signOut`): a token, a provider that mints fresh ones, or neither (a guest).
 */
export interface Identity {
  token?: string;
  tokenProvider?: () => Promise<string | undefined>;
}

/**
 * A backend whose implementation arrives in a chunk: the HTTP client, or in
 * demo mode the in-browser mock engine. The entry never carries either; the
 * chunk is requested at boot and a failed load is retried by the next call.
 * Without an `identity` the script tag's own `data-customer-token` applies.
 */
export function createLazyBackend(
  config: EmbedConfig,
  loadChunk: LoadChunk,
  identity?: Identity,
): LoyaltyBackend {
  let backend: Promise<LoyaltyBackend> | undefined;
  const load = () => {
    backend ??= loadBackendChunk(config, loadChunk)
      .then((chunk) => chunk.createBackend(config, identity))
      .catch((cause: unknown) => {
        backend = undefined;
        throw isLoyaltyError(cause)
          ? cause
          : new LoyaltyError('network_error', 'The loyalty backend could not be loaded', { cause });
      });
    return backend;
  };
  const lazy: Record<string, unknown> = {};
  for (const method of METHODS) {
    lazy[method] = (...args: unknown[]) =>
      load().then((b) => (b[method] as (...a: unknown[]) => unknown)(...args));
  }
  return lazy as unknown as LoyaltyBackend;
}
