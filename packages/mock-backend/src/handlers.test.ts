import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createDemo, DEMO_API_URL } from './demo.ts';
import { createEngine } from './engine.ts';
import { createHandlers } from './handlers.ts';
import { usStore } from './seeds/us-store.ts';
import { DEMO_AUDIENCE, DEMO_SECRET, signToken } from './tokens.ts';

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);
const handlers = createHandlers(createEngine(usStore), { now: () => NOW });

const token = (overrides: { sub?: string; exp?: number } = {}) =>
  signToken(
    {
      sub: overrides.sub ?? 'cus_maya',
      aud: DEMO_AUDIENCE,
      exp: overrides.exp ?? Math.floor(NOW / 1000) + 300,
    },
    DEMO_SECRET,
  );

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await getResponse(
    handlers,
    new Request(`https://api.example.test${path}`, { headers }),
  );
  if (!response) throw new Error(`no handler for ${path}`);
  return response;
}

async function expectProblem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toContain('application/problem+json');
  const body = await response.json();
  expect(body).toMatchObject({ status, code });
  expect(typeof body.detail).toBe('string');
}

describe('GET /v1/program', () => {
  it('without a publishable key is a 401 problem', async () => {
    await expectProblem(await get('/v1/program'), 401, 'unauthorized');
  });

  it('with a publishable key returns the programme, cacheable', async () => {
    const response = await get('/v1/program', { 'X-Publishable-Key': 'pk_test' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toContain('max-age');
    expect((await response.json()).name).toBe('Harbor Rewards');
  });
});

describe('GET /v1/me', () => {
  const key = { 'X-Publishable-Key': 'pk_test' };

  it('without a token is 401 unauthorized', async () => {
    await expectProblem(await get('/v1/me', key), 401, 'unauthorized');
  });

  it('with a non-Bearer Authorization header is 401 unauthorized', async () => {
    await expectProblem(
      await get('/v1/me', { ...key, Authorization: `Basic ${await token()}` }),
      401,
      'unauthorized',
    );
  });

  it('with a bad token is 401 unauthorized', async () => {
    const forged = await signToken(
      { sub: 'cus_maya', aud: DEMO_AUDIENCE, exp: Math.floor(NOW / 1000) + 300 },
      'wrong-secret',
    );
    await expectProblem(
      await get('/v1/me', { ...key, Authorization: `Bearer ${forged}` }),
      401,
      'unauthorized',
    );
  });

  it('with an expired token is 401 token_expired', async () => {
    const expired = await token({ exp: Math.floor(NOW / 1000) - 60 });
    await expectProblem(
      await get('/v1/me', { ...key, Authorization: `Bearer ${expired}` }),
      401,
      'token_expired',
    );
  });

  it('with a valid token for an unknown customer is 401 unauthorized', async () => {
    const stranger = await token({ sub: 'cus_nobody' });
    await expectProblem(
      await get('/v1/me', { ...key, Authorization: `Bearer ${stranger}` }),
      401,
      'unauthorized',
    );
  });

  it('with a good token returns that customer', async () => {
    const response = await get('/v1/me', { ...key, Authorization: `Bearer ${await token()}` });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      id: 'cus_maya',
      balance: { available: 1250 },
    });
  });
});

describe('createDemo().fetch', () => {
  it('serves /v1/program in-process, with no network or service worker', async () => {
    const demo = createDemo();
    expect(demo.apiUrl).toBe(DEMO_API_URL);
    const response = await demo.fetch(`${demo.apiUrl}/v1/program`, {
      headers: { 'X-Publishable-Key': demo.publishableKey },
    });
    expect(response.status).toBe(200);
    expect((await response.json()).id).toBe('prg_harbor');
  });

  it('serves the demo customer for a minted demo token', async () => {
    const demo = createDemo();
    const response = await demo.fetch(`${demo.apiUrl}/v1/me`, {
      headers: {
        'X-Publishable-Key': demo.publishableKey,
        Authorization: `Bearer ${await demo.mintDemoToken()}`,
      },
    });
    expect(response.status).toBe(200);
    expect((await response.json()).id).toBe(usStore.demoCustomerId);
  });

  it('answers 404 for unknown paths', async () => {
    const demo = createDemo();
    const response = await demo.fetch(`${demo.apiUrl}/v1/nope`, {
      headers: { 'X-Publishable-Key': demo.publishableKey },
    });
    expect(response.status).toBe(404);
  });
});
