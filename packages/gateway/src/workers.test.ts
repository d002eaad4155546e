import { dirname } from 'node:path';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle } from './test/bundle.ts';
import { memberToken } from './test/keys.ts';

// The gateway in workerd, the real Workers runtime, through Miniflare: the same
// handler code as on Node, idempotency in a Durable Object.
let mf: Miniflare;
beforeAll(async () => {
  const scriptPath = await bundle(
    new URL('./test/worker.ts', import.meta.url).pathname,
    'webworker',
  );
  mf = new Miniflare({
    modules: true,
    scriptPath,
    // The bundle lives in a temporary directory, outside the working directory.
    modulesRoot: dirname(scriptPath),
    compatibilityDate: '2026-07-01',
    durableObjects: { IDEMPOTENCY: 'IdempotencyObject' },
  });
  await mf.ready;
}, 60_000);
afterAll(() => mf?.dispose());

const KEY = { 'X-Publishable-Key': 'pk_test' };

describe('the gateway on Cloudflare Workers (Miniflare)', () => {
  it('serves the programme with an ETag and answers a revalidation with 304', async () => {
    const first = await mf.dispatchFetch('https://loyalty.example/v1/program', { headers: KEY });
    expect(first.status).toBe(200);
    expect((await first.json()) as { id: string }).toMatchObject({ id: 'prg_test' });
    const etag = first.headers.get('ETag') ?? '';
    const again = await mf.dispatchFetch('https://loyalty.example/v1/program', {
      headers: { ...KEY, 'If-None-Match': etag },
    });
    expect(again.status).toBe(304);
  });

  it('refuses a token for another audience and an unknown key with problem documents', async () => {
    const me = await mf.dispatchFetch('https://loyalty.example/v1/me', {
      headers: { ...KEY, Authorization: 'Bearer not.a.token' },
    });
    expect(me.status).toBe(401);
    expect(me.headers.get('Content-Type')).toBe('application/problem+json');
    const unknown = await mf.dispatchFetch('https://loyalty.example/v1/program', {
      headers: { 'X-Publishable-Key': 'pk_nope' },
    });
    expect(((await unknown.json()) as { code: string }).code).toBe('unauthorized');
  });

  it('answers a preflight from the allowed origin and refuses another', async () => {
    const preflight = (origin: string) =>
      mf.dispatchFetch('https://loyalty.example/v1/me/redemptions', {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
      });
    const allowed = await preflight('https://shop.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe('https://shop.example');
    expect((await preflight('https://evil.example')).status).toBe(403);
  });

  it('20 concurrent POSTs with one key redeem once (Durable Object store); a retry replays', async () => {
    const token = await memberToken();
    const send = () =>
      mf.dispatchFetch('https://loyalty.example/v1/me/redemptions', {
        method: 'POST',
        headers: {
          ...KEY,
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': 'one-click',
        },
        body: JSON.stringify({ rewardId: 'rw_5' }),
      });
    const responses = await Promise.all(Array.from({ length: 20 }, send));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
    const replay = await send();
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect(((await replay.json()) as { redemption: { code: string } }).redemption.code).toBe(
      'CODE-1',
    );
    const committed = await mf.dispatchFetch('https://loyalty.example/_redemptions');
    expect(await committed.json()).toBe(1);
  });
});
