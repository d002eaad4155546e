import { describe, expect, it } from 'vitest';
import { withCors } from './cors.ts';
import { createGateway, type GatewayOptions } from './handler.ts';
import { PROGRAM, testPlatform } from './test/connector.ts';
import { signToken, type TokenClaims } from './tokens.ts';

const NOW = Date.UTC(2026, 4, 10, 12);
const seconds = NOW / 1000;
const KEYS = [
  { kid: '2026-05', secret: 'old-secret' },
  { kid: '2026-06', secret: 'new-secret' },
];
const programme = { audience: 'test-shop', issuer: 'https://shop.example', signingKeys: KEYS };
const claims: TokenClaims = {
  sub: 'cus_1',
  aud: 'test-shop',
  iss: 'https://shop.example',
  iat: seconds,
  exp: seconds + 300,
};

function setup(options: Partial<GatewayOptions> = {}, platformOptions = {}) {
  const platform = testPlatform(platformOptions);
  const gateway = createGateway({
    connector: platform,
    keys: { pk_test: programme },
    now: () => NOW,
    ...options,
  });
  const call = async (
    method: string,
    path: string,
    init: { token?: string; body?: string; headers?: Record<string, string> } = {},
  ) =>
    gateway(
      new Request(`https://loyalty.example${path}`, {
        method,
        headers: {
          'X-Publishable-Key': 'pk_test',
          ...(init.token && { Authorization: `Bearer ${init.token}` }),
          ...(init.body !== undefined && { 'Content-Type': 'application/json' }),
          ...init.headers,
        },
        ...(init.body !== undefined && { body: init.body }),
      }),
    );
  return { platform, gateway, call };
}

const token = (
  overrides: Partial<TokenClaims> = {},
  key: { kid?: string; secret: string } = KEYS[1]!,
) => signToken({ ...claims, ...overrides }, key);

async function expectProblem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  const body = await response.json();
  expect(body).toMatchObject({ status, code });
  expect(body.detail).toEqual(expect.any(String));
  return body;
}

describe('tokens', () => {
  it('accepts tokens signed with either key of a rotation, chosen by kid', async () => {
    const { call } = setup();
    for (const key of KEYS) {
      expect((await call('GET', '/v1/me', { token: await token({}, key) })).status).toBe(200);
    }
  });

  it('refuses an unknown kid, a kid naming the other key, and a retired secret', async () => {
    const { call, platform } = setup();
    const refused = [
      await token({}, { kid: '2025-01', secret: 'old-secret' }),
      await token({}, { kid: '2026-06', secret: 'old-secret' }),
      await token({}, { secret: 'retired-secret' }),
    ];
    for (const t of refused)
      await expectProblem(await call('GET', '/v1/me', { token: t }), 401, 'unauthorized');
    expect(platform.calls).toEqual([]);
  });

  it('checks aud, iss, nbf and iat, tolerating 30 s of clock skew', async () => {
    const { call, platform } = setup();
    const ok = async (overrides: Partial<TokenClaims>) =>
      (await call('GET', '/v1/me', { token: await token(overrides) })).status;
    expect(await ok({ aud: ['other-shop', 'test-shop'] })).toBe(200);
    expect(await ok({ nbf: seconds + 20, iat: seconds + 20 })).toBe(200);
    expect(await ok({ exp: seconds - 20 })).toBe(200);
    const callsBefore = platform.calls.length;
    for (const overrides of [
      { aud: 'other-shop' },
      { iss: 'https://evil.example' },
      { nbf: seconds + 60 },
      { iat: seconds + 60 },
    ]) {
      await expectProblem(
        await call('GET', '/v1/me', { token: await token(overrides) }),
        401,
        'unauthorized',
      );
    }
    await expectProblem(
      await call('GET', '/v1/me', { token: await token({ exp: seconds - 31 }) }),
      401,
      'token_expired',
    );
    expect(platform.calls.length).toBe(callsBefore);
  });

  it('refuses an unknown or missing publishable key before anything else', async () => {
    const { gateway, platform } = setup();
    for (const headers of [{ 'X-Publishable-Key': 'pk_other' }, {}] as Record<string, string>[]) {
      await expectProblem(
        await gateway(new Request('https://loyalty.example/v1/program', { headers })),
        401,
        'unauthorized',
      );
    }
    expect(platform.calls).toEqual([]);
  });
});

describe('bad input is a problem document, never a 500, never a connector call', () => {
  it('malformed JSON is a 400, an oversized body a 413, an unknown method a 405 with Allow', async () => {
    const { call, platform } = setup({ maxBodyBytes: 1024 });
    const t = await token();
    const keyed = { 'Idempotency-Key': 'k1' };
    await expectProblem(
      await call('POST', '/v1/me/redemptions', { token: t, body: '{"rewardId":', headers: keyed }),
      400,
      'validation_failed',
    );
    const big = JSON.stringify({ rewardId: 'rw_5', pad: 'x'.repeat(2000) });
    await expectProblem(
      await call('POST', '/v1/me/redemptions', { token: t, body: big, headers: keyed }),
      413,
      'validation_failed',
    );
    // Without Content-Length (a streamed upload), the limit still holds.
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const streamed = await setup({ maxBodyBytes: 1024 }).gateway(
      new Request('https://loyalty.example/v1/me/redemptions', {
        method: 'POST',
        headers: { 'X-Publishable-Key': 'pk_test', Authorization: `Bearer ${t}`, ...keyed },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    );
    await expectProblem(streamed, 413, 'validation_failed');
    const patch = await call('PATCH', '/v1/me', { token: t, body: '{}' });
    await expectProblem(patch, 405, 'not_found');
    expect(patch.headers.get('Allow')).toBe('GET');
    await expectProblem(await call('GET', '/v2/me', { token: t }), 404, 'not_found');
    // A path parameter that is not valid percent-encoding names no redemption.
    await expectProblem(
      await call('DELETE', '/v1/me/redemptions/%E0%A4%A', { token: t }),
      404,
      'not_found',
    );
    expect(platform.calls).toEqual([]);
  });

  it('a connector failure is a 500 problem and frees the key, so the retry succeeds', async () => {
    const { call } = setup();
    const t = await token();
    const headers = { 'Idempotency-Key': 'k-crash' };
    const body = JSON.stringify({ rewardId: 'rw_crash' });
    const failed = await expectProblem(
      await call('POST', '/v1/me/redemptions', { token: t, body, headers }),
      500,
      'http_error',
    );
    expect(failed.detail).not.toContain('platform timeout');
    // Not stored: the same key runs again (and fails again) rather than replaying.
    const again = await call('POST', '/v1/me/redemptions', { token: t, body, headers });
    expect(again.headers.get('Idempotent-Replayed')).toBeNull();
  });

  it('a connector without quote answers POST /v1/quote with 404', async () => {
    const { call } = setup();
    const body = JSON.stringify({ currency: 'USD', lines: [] });
    await expectProblem(await call('POST', '/v1/quote', { body }), 404, 'not_found');
  });
});

describe('exactly-once redemptions', () => {
  it('concurrent duplicates: one redemption, the rest replay it or get 409', async () => {
    const { call, platform } = setup({}, { commitDelay: 20 });
    const t = await token();
    const send = () =>
      call('POST', '/v1/me/redemptions', {
        token: t,
        body: JSON.stringify({ rewardId: 'rw_5' }),
        headers: { 'Idempotency-Key': 'same' },
      });
    const first = await Promise.all(Array.from({ length: 10 }, send));
    expect(first.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    const replay = await send();
    expect(replay.status).toBe(201);
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect((await replay.json()).redemption.code).toBe('CODE-1');
    expect(platform.redemptions).toHaveLength(1);
  });

  it('a refusal is stored and replayed too; another body with the key is a 422', async () => {
    const { call, platform } = setup();
    const t = await token();
    const headers = { 'Idempotency-Key': 'k-refused' };
    const send = (rewardId: string) =>
      call('POST', '/v1/me/redemptions', { token: t, body: JSON.stringify({ rewardId }), headers });
    await expectProblem(await send('rw_gone'), 422, 'reward_unavailable');
    const replay = await send('rw_gone');
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    await expectProblem(await send('rw_5'), 422, 'idempotency_key_reused');
    expect(platform.calls.filter((c) => c.startsWith('redeem'))).toHaveLength(1);
  });
});

describe('GET /v1/bootstrap', () => {
  it('answers programme and customer in one response, private; a guest gets customer null', async () => {
    const { call, platform } = setup();
    const member = await call('GET', '/v1/bootstrap', { token: await token() });
    expect(member.status).toBe(200);
    expect(member.headers.get('Cache-Control')).toBe('private, no-store');
    const program = await call('GET', '/v1/program');
    const etag = program.headers.get('ETag');
    expect(await member.json()).toEqual({
      program: PROGRAM,
      programEtag: etag,
      customer: expect.objectContaining({ id: 'cus_1', balance: expect.any(Object) }),
    });
    const guest = await call('GET', '/v1/bootstrap');
    expect(await guest.json()).toEqual({ program: PROGRAM, programEtag: etag, customer: null });
    expect(platform.calls).toEqual(['program', 'customer cus_1', 'program', 'program']);
  });

  it('leaves the programme out when X-Program-ETag names the current one', async () => {
    const { call } = setup();
    const etag = (await call('GET', '/v1/program')).headers.get('ETag') ?? '';
    const held = await call('GET', '/v1/bootstrap', { headers: { 'X-Program-ETag': etag } });
    expect(await held.json()).toEqual({ programEtag: etag, customer: null });
    const stale = await call('GET', '/v1/bootstrap', { headers: { 'X-Program-ETag': '"old"' } });
    expect(await stale.json()).toMatchObject({ program: PROGRAM, programEtag: etag });
    // The bootstrap answer has no ETag of its own: a conditional header is not about the programme.
    const conditional = await call('GET', '/v1/bootstrap', { headers: { 'If-None-Match': etag } });
    expect(conditional.status).toBe(200);
    expect(await conditional.json()).toMatchObject({ program: PROGRAM });
  });

  it('refuses the tokens GET /v1/me refuses, with the same codes', async () => {
    const { call } = setup();
    await expectProblem(
      await call('GET', '/v1/bootstrap', { token: await token({ exp: seconds - 60 }) }),
      401,
      'token_expired',
    );
    await expectProblem(
      await call('GET', '/v1/bootstrap', { token: await token({ sub: 'cus_gone' }) }),
      401,
      'unauthorized',
    );
    const refused = await call('GET', '/v1/bootstrap', { token: 'not.a.jwt' });
    await expectProblem(refused, 401, 'unauthorized');
    expect(refused.headers.get('Cache-Control')).toBe('private, no-store');
  });
});

describe('GET /v1/program', () => {
  it('varies by publishable key, so a shared cache never hands one programme to another key', async () => {
    const { call } = setup();
    const first = await call('GET', '/v1/program');
    expect(first.headers.get('Vary')).toBe('X-Publishable-Key');
    const again = await call('GET', '/v1/program', {
      headers: { 'If-None-Match': first.headers.get('ETag') ?? '' },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('Vary')).toBe('X-Publishable-Key');
  });
});

describe('withCors', () => {
  const cors = (origins: readonly string[] | '*') => {
    const { gateway, platform } = setup();
    return { handle: withCors({ origins, maxAge: 900 }, gateway), platform };
  };

  it('answers a preflight from an allowed origin with the methods, headers and Max-Age', async () => {
    const { handle } = cors(['https://shop.example']);
    const response = await handle(
      new Request('https://loyalty.example/v1/me/redemptions', {
        method: 'OPTIONS',
        headers: { Origin: 'https://shop.example', 'Access-Control-Request-Method': 'POST' },
      }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('https://shop.example');
    expect(response.headers.get('Access-Control-Max-Age')).toBe('900');
    // Every header the widgets send, so the first preflight of a page view clears the later ones.
    expect(response.headers.get('Access-Control-Allow-Headers')?.split(', ')).toEqual(
      expect.arrayContaining(['Authorization', 'Idempotency-Key', 'X-Program-ETag']),
    );
    expect(response.headers.get('Vary')).toContain('Origin');
  });

  it('lets browsers keep a preflight for 7200 s by default, the longest Chromium keeps one', async () => {
    const { gateway } = setup();
    const response = await withCors(
      { origins: '*' },
      gateway,
    )(
      new Request('https://loyalty.example/v1/bootstrap', {
        method: 'OPTIONS',
        headers: { Origin: 'https://shop.example', 'Access-Control-Request-Method': 'GET' },
      }),
    );
    expect(response.headers.get('Access-Control-Max-Age')).toBe('7200');
  });

  it('refuses another origin with a 403 problem, before the connector', async () => {
    const { handle, platform } = cors(['https://shop.example']);
    for (const method of ['OPTIONS', 'GET']) {
      const response = await handle(
        new Request('https://loyalty.example/v1/program', {
          method,
          headers: {
            Origin: 'https://evil.example',
            'Access-Control-Request-Method': 'GET',
            'X-Publishable-Key': 'pk_test',
          },
        }),
      );
      await expectProblem(response, 403, 'unauthorized');
      expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
    }
    expect(platform.calls).toEqual([]);
  });

  it('lets an allowed page read the answer and its ETag', async () => {
    const { handle } = cors('*');
    const response = await handle(
      new Request('https://loyalty.example/v1/program', {
        headers: { Origin: 'https://any.example', 'X-Publishable-Key': 'pk_test' },
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('https://any.example');
    expect(response.headers.get('Access-Control-Expose-Headers')).toContain('ETag');
  });
});
