// The gateway as a Cloudflare Worker for the Miniflare test: the test platform
// behind it, idempotency in the IdempotencyObject Durable Object.
// GET /_redemptions counts what the platform committed.
import { withCors } from '../cors.ts';
import {
  createDurableObjectStore,
  createWorker,
  type DurableObjectNamespaceLike,
} from '../workers.ts';
import { testPlatform } from './connector.ts';
import { KEYS } from './keys.ts';

export { IdempotencyObject } from '../workers.ts';

const platform = testPlatform({ commitDelay: 50 });
const worker = createWorker((env: { IDEMPOTENCY: DurableObjectNamespaceLike }) => ({
  connector: platform,
  keys: KEYS,
  idempotency: createDurableObjectStore(env.IDEMPOTENCY),
}));

export default {
  fetch(request: Request, env: { IDEMPOTENCY: DurableObjectNamespaceLike }) {
    if (new URL(request.url).pathname === '/_redemptions') {
      return Response.json(platform.redemptions.length);
    }
    return withCors({ origins: ['https://shop.example'] }, (r) => worker.fetch(r, env))(request);
  },
};
