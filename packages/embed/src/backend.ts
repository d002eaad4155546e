import { createHttpBackend } from '@loyaltykit/client';
import { type LoyaltyBackend, LoyaltyError } from '@loyaltykit/core';
import type { LoadChunk } from './chunk-loader.ts';
import type { EmbedConfig } from './config.ts';

type DemoChunk = typeof import('./chunks/demo.ts');

/**
 * The backend the configuration asks for. In demo mode the mock engine lives
 * in a chunk fetched on first use, so the production entry never carries it;
 * the real HTTP client still does the talking, through a fetch answered in
 * the page.
 */
export function createBackend(config: EmbedConfig, loadChunk: LoadChunk): LoyaltyBackend {
  if (config.apiUrl !== 'demo') {
    return createHttpBackend({
      apiUrl: config.apiUrl ?? '',
      publishableKey: config.publishableKey ?? '',
      customerToken: config.customerToken,
    });
  }
  let backend: Promise<LoyaltyBackend> | undefined;
  const load = () => {
    backend ??= loadChunk<DemoChunk>('demo').then(
      async ({ createDemo }) => {
        const demo = createDemo();
        return createHttpBackend({
          apiUrl: demo.apiUrl,
          publishableKey: demo.publishableKey,
          // DEMO ONLY: a token minted in the browser with the public demo secret.
          customerToken: config.customerToken ?? (await demo.mintDemoToken()),
          fetch: demo.fetch,
        });
      },
      (cause: unknown) => {
        backend = undefined; // a later load() tries again
        throw new LoyaltyError('network_error', 'The demo backend could not be loaded', { cause });
      },
    );
    return backend;
  };
  return {
    getProgram: (options) => load().then((b) => b.getProgram(options)),
    getCustomer: (options) => load().then((b) => b.getCustomer(options)),
  };
}
