import { request } from 'node:http';
import { signToken } from '@loyaltykit/gateway';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from './engine/engine.ts';
import { thaiStore } from './seeds/thai-store.ts';
import { usStore } from './seeds/us-store.ts';
import { type MockServer, type MockServerOptions, startMockServer } from './server.ts';
import { DEMO_AUDIENCE, DEMO_PUBLISHABLE_KEY, DEMO_SECRET } from './tokens.ts';

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: MockServerOptions = {}) {
  await server?.close();
  server = await startMockServer({ port: 0, ...options });
  return server;
}

const token = (sub = 'cus_maya') =>
  signToken({ sub, aud: DEMO_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 300 }, DEMO_SECRET);

const headers = async (extra: Record<string, string> = {}) => ({
  'X-Publishable-Key': DEMO_PUBLISHABLE_KEY,
  Authorization: `Bearer ${await token()}`,
  ...extra,
});

const getProgram = (url: string) =>
  fetch(`${url}/v1/program`, { headers: { 'X-Publishable-Key': DEMO_PUBLISHABLE_KEY } });

describe('the mock HTTP server', () => {
  it('serves the API over real HTTP on a free port', async () => {
    const { url } = await start();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const program = await getProgram(url);
    expect(program.status).toBe(200);
    expect((await program.json()).name).toBe('Harbor Rewards');
    const me = await fetch(`${url}/v1/me`, { headers: await headers() });
    expect((await me.json()).balance.available).toBe(1250);
    const missing = await fetch(`${url}/nowhere`, {
      headers: { 'X-Publishable-Key': DEMO_PUBLISHABLE_KEY },
    });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('Content-Type')).toContain('application/problem+json');
  });

  it('TRACE, which fetch cannot even send, is 405 with Allow on a known path and 404 elsewhere', async () => {
    const { url } = await start();
    const trace = (path: string) =>
      new Promise<{ status: number; allow: string | undefined; type: string | undefined }>(
        (resolve, reject) => {
          const sent = request(`${url}${path}`, { method: 'TRACE' }, (response) => {
            response.resume();
            resolve({
              status: response.statusCode ?? 0,
              allow: response.headers.allow,
              type: response.headers['content-type'],
            });
          });
          sent.on('error', reject);
          sent.end();
        },
      );
    expect(await trace('/v1/me')).toEqual({
      status: 405,
      allow: 'GET',
      type: 'application/problem+json',
    });
    expect(await trace('/v1/me/redemptions/red_0001')).toMatchObject({
      status: 405,
      allow: 'DELETE',
    });
    expect(await trace('/v1/nope')).toMatchObject({ status: 404, allow: undefined });
  });

  it('answers CORS preflights for the API’s headers, and exposes ETag and Retry-After', async () => {
    const { url } = await start();
    const preflight = await fetch(`${url}/v1/me/redemptions`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://shop.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, idempotency-key, x-publishable-key',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('https://shop.example');
    const allowed = preflight.headers.get('Access-Control-Allow-Headers')!.toLowerCase();
    for (const header of [
      'authorization',
      'idempotency-key',
      'x-publishable-key',
      'x-program-etag',
      'content-type',
    ]) {
      expect(allowed).toContain(header);
    }
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toContain('DELETE');
    // Cached for two hours (Chromium's cap), so a page view after the first sends no preflight.
    expect(preflight.headers.get('Access-Control-Max-Age')).toBe('7200');
    const program = await fetch(`${url}/v1/program`, {
      headers: { 'X-Publishable-Key': DEMO_PUBLISHABLE_KEY, Origin: 'https://shop.example' },
    });
    expect(program.headers.get('Access-Control-Allow-Origin')).toBe('https://shop.example');
    expect(program.headers.get('Access-Control-Expose-Headers')).toContain('ETag');
  });

  it('redeems with a JSON body and an Idempotency-Key, replaying a retry', async () => {
    const engine = createEngine(usStore);
    const { url } = await start({ engine });
    const post = async () =>
      fetch(`${url}/v1/me/redemptions`, {
        method: 'POST',
        headers: await headers({ 'Content-Type': 'application/json', 'Idempotency-Key': 'one' }),
        body: JSON.stringify({ rewardId: 'rw_5off' }),
      });
    const first = await post();
    expect(first.status).toBe(201);
    const second = await post();
    expect(await second.text()).toBe(await first.text());
    expect(engine.customer('cus_maya')?.balance.available).toBe(750);
  });

  it('serves another market’s seed', async () => {
    const { url } = await start({ seed: thaiStore });
    expect(await (await getProgram(url)).json()).toMatchObject({
      currency: 'THB',
      name: 'สยามซิลค์ รีวอร์ด',
    });
  });

  it('adds latency', async () => {
    const { url } = await start({ latency: 80 });
    const started = performance.now();
    await getProgram(url);
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
  });

  it('injects failures at the configured rate: 429 with Retry-After, 5xx problems, cut connections', async () => {
    const rolls = [0.1, 0.9];
    const limitedServer = await start({
      failRate: 0.5,
      failStatus: 429,
      random: () => rolls.shift() ?? 1,
    });
    const limited = await getProgram(limitedServer.url);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('1');
    expect((await limited.json()).code).toBe('rate_limited');
    expect((await getProgram(limitedServer.url)).status).toBe(200);

    const failing = await start({ failRate: 1 });
    expect((await getProgram(failing.url)).status).toBe(503);

    const cut = await start({ failRate: 1, failStatus: 0 });
    await expect(getProgram(cut.url)).rejects.toThrow();
  });

  it('a response dropped after the commit is recovered by a retry with the same key: one redemption', async () => {
    const engine = createEngine(usStore);
    const rolls = [0, 1];
    const { url } = await start({ engine, dropRate: 0.5, random: () => rolls.shift() ?? 1 });
    const post = async () =>
      fetch(`${url}/v1/me/redemptions`, {
        method: 'POST',
        headers: await headers({ 'Content-Type': 'application/json', 'Idempotency-Key': 'intent' }),
        body: JSON.stringify({ rewardId: 'rw_10pct' }),
      });
    await expect(post()).rejects.toThrow();
    expect(engine.customer('cus_maya')?.balance.available).toBe(250); // committed
    const retry = await post();
    expect(retry.status).toBe(201);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect(engine.customer('cus_maya')?.redemptions).toHaveLength(2);
    expect(engine.customer('cus_maya')?.balance.available).toBe(250);
  });
});
