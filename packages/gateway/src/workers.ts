import { createGateway, type GatewayOptions } from './handler.ts';

export {
  createDurableObjectStore,
  type DurableObjectNamespaceLike,
  type DurableObjectStateLike,
  type DurableObjectStoreOptions,
  IdempotencyObject,
} from './idempotency/durable-object.ts';

/**
 * A Cloudflare Workers module (`export default`) serving the gateway. The
 * options come from the worker's bindings (secrets, the Durable Object
 * namespace) on each request; the gateway is built once per isolate.
 *
 * @example
 * ```ts
 * export { IdempotencyObject } from '@loyaltykit/gateway/workers';
 * export default createWorker((env: Env) => ({
 *   connector: myConnector(env.PLATFORM_SECRET),
 *   keys: { pk_live_1: { audience: 'my-shop', signingKeys: [{ kid: 'k1', secret: env.TOKEN_SECRET }] } },
 *   idempotency: createDurableObjectStore(env.IDEMPOTENCY),
 * }));
 * ```
 */
export function createWorker<Env>(configure: (env: Env) => GatewayOptions): {
  fetch(request: Request, env: Env): Promise<Response>;
} {
  let gateway: ((request: Request) => Promise<Response>) | undefined;
  return {
    fetch(request, env) {
      gateway ??= createGateway(configure(env));
      return gateway(request);
    },
  };
}
