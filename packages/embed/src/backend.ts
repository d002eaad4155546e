import { isLoyaltyError, type LoyaltyBackend, LoyaltyError } from '@loyaltykit/core';
import type { LoadChunk } from './chunk-loader.ts';
import type { EmbedConfig } from './config.ts';

/** What the client and demo chunks both offer. */
export type BackendChunk = typeof import('./chunks/client.ts') | typeof import('./chunks/demo.ts');

/** The backend chunk this configuration needs: the mock engine in demo mode, else the HTTP client. */
export const loadBackendChunk = (config: EmbedConfig, loadChunk: LoadChunk) =>
  loadChunk<BackendChunk>(config.apiUrl === 'demo' ? 'demo' : 'client');

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
  // Every method of the contract, without listing them (bytes in the entry): each call waits
  // for the chunk. Not `then`: the backend must never look like a promise to `await`.
  return new Proxy({} as LoyaltyBackend, {
    get: (_, method) =>
      method === 'then'
        ? undefined
        : (...args: unknown[]) =>
            load().then((b) =>
              (b[method as keyof LoyaltyBackend] as (...a: unknown[]) => unknown)(...args),
            ),
  });
}
