import { FEWEST_CAPABILITIES } from '@loyaltykit/core';
import { signToken } from '@loyaltykit/gateway';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from './engine/engine.ts';
import { createHandlers } from './handlers/index.ts';
import { createScenario, SCENARIOS } from './scenarios.ts';
import { usStore } from './seeds/us-store.ts';
import { NOW } from './test/api.ts';
import { DEMO_AUDIENCE, DEMO_PUBLISHABLE_KEY, DEMO_SECRET } from './tokens.ts';

const engine = createEngine(usStore, { now: () => NOW });
const server = setupServer(...createHandlers(engine));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const API = 'https://loyalty.test';

async function get(path: string) {
  const token = await signToken(
    { sub: 'cus_maya', aud: DEMO_AUDIENCE, exp: Math.floor(NOW / 1000) + 300 },
    DEMO_SECRET,
  );
  return fetch(`${API}${path}`, {
    headers: { 'X-Publishable-Key': DEMO_PUBLISHABLE_KEY, Authorization: `Bearer ${token}` },
  });
}

describe('scenarios with server.use(...)', () => {
  it('lists every named scenario', () => {
    expect(SCENARIOS).toEqual([
      'member',
      'guest',
      'new_member',
      'vip',
      'insufficient_points',
      'fewest_capabilities',
      'server_error',
      'slow_network',
      'malformed_response',
    ]);
  });

  it.each([
    ['member', 'Maya'],
    ['new_member', 'Noah'],
    ['vip', 'Sofia'],
    ['insufficient_points', 'Liam'],
  ] as const)('%s serves any valid token as %s', async (name, firstName) => {
    server.use(...createScenario(name, engine));
    expect(await (await get('/v1/me')).json()).toMatchObject({ firstName });
  });

  it('guest: the programme, and 401 for the customer', async () => {
    server.use(...createScenario('guest', engine));
    expect((await get('/v1/program')).status).toBe(200);
    const me = await get('/v1/me');
    expect(me.status).toBe(401);
    expect((await me.json()).code).toBe('unauthorized');
  });

  it('fewest_capabilities: the member, on a backend with every capability false', async () => {
    server.use(...createScenario('fewest_capabilities', engine));
    const program = await (await get('/v1/program')).json();
    expect(program.capabilities).toEqual(FEWEST_CAPABILITIES);
    expect((await (await get('/v1/me')).json()).firstName).toBe('Maya');
    expect((await get('/v1/me/activity')).status).toBe(404);
  });

  it('server_error: a 500 problem everywhere', async () => {
    server.use(...createScenario('server_error', engine));
    for (const path of ['/v1/program', '/v1/me', '/v1/me/activity']) {
      const response = await get(path);
      expect(response.status).toBe(500);
      expect(response.headers.get('Content-Type')).toContain('application/problem+json');
    }
  });

  it('slow_network: the same answers, later', async () => {
    server.use(...createScenario('slow_network', engine, { latency: 60 }));
    const started = performance.now();
    const response = await get('/v1/me');
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    expect((await response.json()).firstName).toBe('Maya');
  });

  it('malformed_response: 200s that break the contract', async () => {
    server.use(...createScenario('malformed_response', engine));
    const program = await get('/v1/program');
    expect(program.status).toBe(200);
    expect(typeof (await program.json()).id).toBe('number');
    const me = await get('/v1/me');
    expect(me.status).toBe(200);
    await expect(me.json()).rejects.toThrow();
  });

  it('resetHandlers() returns to the plain API', async () => {
    server.use(...createScenario('server_error', engine));
    server.resetHandlers();
    expect((await get('/v1/me')).status).toBe(200);
  });
});
