import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle } from '../test/bundle.ts';
import { memberToken } from '../test/keys.ts';
import { type RedisServer, startRedis } from '../test/redis-server.ts';
import { createRedisStore } from './redis.ts';
import { connectRedis } from './resp.ts';
import { KEY_RETENTION_MS } from './store.ts';

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(() => redis?.stop());

const request = (key: string, fingerprint = '{"rewardId":"rw_5"}') => ({
  customerId: 'cus_1',
  operation: 'POST /v1/me/redemptions',
  key,
  fingerprint,
});

describe('createRedisStore', () => {
  it('one of many concurrent claims wins; the others see it in flight, then replay it', async () => {
    const stores = await Promise.all([1, 2, 3].map(() => createRedisStore({ redis: redis.url })));
    const claims = await Promise.all(
      Array.from({ length: 30 }, (_, i) => stores[i % 3]!.claim(request('k-race'))),
    );
    const won = claims.flatMap((claim) => (claim.status === 'new' ? [claim] : []));
    expect(won).toHaveLength(1);
    expect(claims.filter((claim) => claim.status === 'in_progress')).toHaveLength(29);
    await won[0]?.complete(201, { code: 'CODE-1' });
    expect(await stores[1]!.claim(request('k-race'))).toMatchObject({
      status: 'replay',
      response: { status: 201, body: { code: 'CODE-1' } },
    });
    expect(await stores[2]!.claim(request('k-race', '{"rewardId":"rw_9"}'))).toEqual({
      status: 'reused',
    });
    await Promise.all(stores.map((store) => store.close()));
  });

  it('keeps a response at least 24 hours, and a released key is free at once', async () => {
    const store = await createRedisStore({ redis: redis.url, retentionMs: 1000 });
    const claim = await store.claim(request('k-ttl'));
    if (claim.status !== 'new') throw new Error(claim.status);
    await claim.complete(201, {});
    const connection = await connectRedis(redis.url);
    const ttl = await connection.command(
      'PTTL',
      'loyaltykit:idem:cus_1 POST /v1/me/redemptions k-ttl',
    );
    expect(ttl).toBeGreaterThan(KEY_RETENTION_MS - 60_000);
    const released = await store.claim(request('k-release'));
    if (released.status !== 'new') throw new Error(released.status);
    await released.release();
    expect((await store.claim(request('k-release'))).status).toBe('new');
    await Promise.all([store.close(), connection.close()]);
  });
});

describe('two gateway processes sharing one Redis', () => {
  let processes: ChildProcess[] = [];
  afterAll(() => {
    for (const child of processes) child.kill('SIGTERM');
  });

  it('50 concurrent POSTs with one key, split across both: exactly one redemption', async () => {
    const entry = await bundle(
      new URL('../test/gateway-process.ts', import.meta.url).pathname,
      'node',
    );
    processes = [
      spawn(process.execPath, [entry, redis.url]),
      spawn(process.execPath, [entry, redis.url]),
    ];
    const urls = await Promise.all(
      processes.map(
        (child) =>
          new Promise<string>((resolve, reject) => {
            child.once('exit', (code) => reject(new Error(`gateway exited ${code}`)));
            createInterface({ input: child.stdout! }).once('line', resolve);
          }),
      ),
    );
    const token = await memberToken();
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        fetch(`${urls[i % 2]}/v1/me/redemptions`, {
          method: 'POST',
          headers: {
            'X-Publishable-Key': 'pk_test',
            Authorization: `Bearer ${token}`,
            'Content-Type': 'application/json',
            'Idempotency-Key': 'one-click',
          },
          body: JSON.stringify({ rewardId: 'rw_5' }),
        }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    const codes = await Promise.all(
      responses.filter((r) => r.status === 201).map(async (r) => (await r.json()).redemption.code),
    );
    expect(new Set(codes)).toEqual(new Set(['CODE-1']));
    const committed = await Promise.all(
      urls.map(async (url) => (await (await fetch(`${url}/_redemptions`)).json()) as number),
    );
    expect(committed.reduce((a, b) => a + b, 0)).toBe(1);
    // A retry after the first finished replays it, through either process.
    const replay = await fetch(`${urls[1]}/v1/me/redemptions`, {
      method: 'POST',
      headers: {
        'X-Publishable-Key': 'pk_test',
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        'Idempotency-Key': 'one-click',
      },
      body: JSON.stringify({ rewardId: 'rw_5' }),
    });
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
  }, 60_000);
});
