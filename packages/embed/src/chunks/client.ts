// The production runtime chunk, fetched at boot in parallel with the locale:
// Preact, the model, the launcher and product points (runtime/), with the
// HTTP client and its response validation as the backend.
import { createHttpBackend } from '@loyaltykit/client';
import { start as startRuntime } from '../runtime/start.tsx';
import { pageStorage } from '../runtime/storage.ts';
import type { Host } from '../shared/host.ts';

export { shared } from '../runtime/shared-modules.ts';

export const start = (host: Host) =>
  startRuntime(host, (config, identity) => {
    const customerToken = identity ? identity.token : config.customerToken;
    return {
      backend: createHttpBackend({
        apiUrl: config.apiUrl ?? '',
        publishableKey: config.publishableKey ?? '',
        customerToken,
        tokenProvider: identity?.tokenProvider,
        storage: pageStorage(),
        locale: config.localeTag,
      }),
      guest: !customerToken && !identity?.tokenProvider,
    };
  });
