// One gateway instance as its own Node process, for the scale-out test:
// the test platform behind it, the idempotency store in Redis.
// argv: the Redis URL. Prints the server's URL; GET /_redemptions counts what it committed.
import { createGateway } from '../handler.ts';
import { createRedisStore } from '../idempotency/redis.ts';
import { serveNode } from '../node.ts';
import { testPlatform } from './connector.ts';
import { KEYS } from './keys.ts';

const platform = testPlatform({ commitDelay: 50 });
const idempotency = await createRedisStore({ redis: process.argv[2] ?? '' });
const gateway = createGateway({ connector: platform, keys: KEYS, idempotency });
const server = await serveNode(
  (request) =>
    new URL(request.url).pathname === '/_redemptions'
      ? Promise.resolve(Response.json(platform.redemptions.length))
      : gateway(request),
  { port: 0 },
);
console.log(server.url);
process.once('SIGTERM', () => {
  void Promise.all([server.close(), idempotency.close()]).then(() => process.exit(0));
});
