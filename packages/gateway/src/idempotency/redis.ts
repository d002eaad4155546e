import { connectRedis, type RedisConnection } from './resp.ts';
import {
  type IdempotencyStore,
  KEY_RETENTION_MS,
  type KeyClaim,
  type StoredResponse,
  storageKey,
} from './store.ts';

/** Where a Redis store keeps keys and for how long. */
export interface RedisStoreOptions {
  /** A `redis://[user:password@]host:port` URL, or an open connection. */
  redis: string | RedisConnection;
  /** Prefix of every Redis key. Default `loyaltykit:idem:`. */
  prefix?: string;
  /** How long a response is replayed, in ms; at least 24 h. Default 24 h. */
  retentionMs?: number;
  /**
   * How long a claim may stay in flight before another instance may take the
   * key over (the claiming instance died), in ms. Longer than any connector
   * call. Default 60 s.
   */
  inFlightMs?: number;
  /** The clock, in ms. Default `Date.now`. */
  now?: () => number;
}

type Record =
  | { state: 'pending'; fingerprint: string; owner: string }
  | ({ state: 'done' } & StoredResponse);

/** Stores the response only while this claim still owns the key (it may have expired and moved on). */
const COMPLETE = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
end
return nil`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/**
 * An idempotency store in Redis, for gateways on Node that run as several
 * instances. Claiming is one atomic `SET NX PX`: of two instances claiming a
 * key at once, exactly one wins; completing and releasing are Lua scripts
 * that touch the key only while the claim still owns it. Responses expire
 * after `retentionMs` (24 h or more).
 *
 * @example
 * ```ts
 * const idempotency = await createRedisStore({ redis: process.env.REDIS_URL! });
 * createGateway({ connector, keys, idempotency });
 * ```
 */
export async function createRedisStore(
  options: RedisStoreOptions,
): Promise<IdempotencyStore & { close(): Promise<void> }> {
  const redis =
    typeof options.redis === 'string' ? await connectRedis(options.redis) : options.redis;
  const prefix = options.prefix ?? 'loyaltykit:idem:';
  const retention = Math.max(options.retentionMs ?? KEY_RETENTION_MS, KEY_RETENTION_MS);
  const inFlight = String(options.inFlightMs ?? 60_000);
  const now = options.now ?? Date.now;

  async function claim(request: Parameters<IdempotencyStore['claim']>[0]): Promise<KeyClaim> {
    const key = prefix + storageKey(request);
    const { fingerprint } = request;
    const pending = JSON.stringify({
      state: 'pending',
      fingerprint,
      owner: crypto.randomUUID(),
    } satisfies Record);
    for (;;) {
      if ((await redis.command('SET', key, pending, 'NX', 'PX', inFlight)) === 'OK') {
        return {
          status: 'new',
          async complete(status, body) {
            const done: Record = { state: 'done', fingerprint, status, body, storedAt: now() };
            await redis.command(
              'EVAL',
              COMPLETE,
              '1',
              key,
              pending,
              JSON.stringify(done),
              String(retention),
            );
          },
          async release() {
            await redis.command('EVAL', RELEASE, '1', key, pending);
          },
        };
      }
      const stored = await redis.command('GET', key);
      // Gone between SET and GET (released or expired): claim again.
      if (typeof stored !== 'string') continue;
      const record = JSON.parse(stored) as Record;
      if (record.fingerprint !== fingerprint) return { status: 'reused' };
      if (record.state === 'pending') return { status: 'in_progress' };
      const { state: _, ...response } = record;
      return { status: 'replay', response };
    }
  }

  return { claim, close: () => redis.close() };
}
