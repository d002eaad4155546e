import { describe, expect, it } from 'vitest';
import { DAY } from '../engine/time.ts';
import { expectProblem, NOW, testApi } from '../test/api.ts';

const b64url = (text: string) =>
  btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('every request', () => {
  it('needs a publishable key', async () => {
    const api = testApi();
    const response = await api.call('GET', '/v1/program', { headers: { 'X-Publishable-Key': '' } });
    await expectProblem(response, 401, 'unauthorized');
  });

  it('needs a publishable key the API knows: another programme’s key is 401 everywhere', async () => {
    const api = testApi();
    const foreign = { 'X-Publishable-Key': 'pk_live_someone_else' };
    await expectProblem(
      await api.call('GET', '/v1/program', { headers: foreign }),
      401,
      'unauthorized',
    );
    await expectProblem(
      await api.call('GET', '/v1/me', { token: true, headers: foreign }),
      401,
      'unauthorized',
    );
    const own = testApi({ handlers: { publishableKeys: ['pk_live_someone_else'] } });
    expect((await own.call('GET', '/v1/program', { headers: foreign })).status).toBe(200);
    await expectProblem(await own.call('GET', '/v1/program'), 401, 'unauthorized');
  });

  it('unknown paths are problem+json 404s', async () => {
    const api = testApi();
    await expectProblem(await api.call('GET', '/v1/nope'), 404, 'not_found');
    await expectProblem(await api.call('DELETE', '/v1/me/nope', { token: true }), 404, 'not_found');
  });

  it('a method a known path does not take is 405 with Allow naming the ones it does', async () => {
    const api = testApi();
    const cases = [
      ['POST', '/v1/program', 'GET'],
      ['DELETE', '/v1/me', 'GET'],
      ['PATCH', '/v1/me/birthday', 'PUT'],
      ['GET', '/v1/me/redemptions', 'POST'],
      ['PUT', '/v1/me/redemptions/red_0001', 'DELETE'],
      ['HEAD', '/v1/quote', 'POST'],
    ] as const;
    for (const [method, path, allow] of cases) {
      const response = await api.call(method, path, {
        token: true,
        ...(method !== 'GET' && method !== 'HEAD' && { body: {} }),
      });
      await expectProblem(response, 405, 'not_found');
      expect(response.headers.get('Allow'), `${method} ${path}`).toBe(allow);
    }
  });
});

describe('validation errors', () => {
  it('name what failed: a JSON Pointer into the body, a query parameter or a header', async () => {
    const api = testApi();
    const line = {
      productId: 'tee',
      quantity: 1,
      unitPrice: { amountMinor: 900, currency: 'USD' },
    };
    const cases: [string, string, { body?: unknown; headers?: Record<string, string> }, unknown][] =
      [
        ['POST', '/v1/quote', { body: { currency: 'usd', lines: [] } }, { pointer: '/currency' }],
        ['POST', '/v1/quote', { body: { currency: 'USD' } }, { pointer: '/lines' }],
        [
          'POST',
          '/v1/quote',
          { body: { currency: 'USD', lines: [line, { ...line, quantity: 0 }] } },
          { pointer: '/lines/1/quantity' },
        ],
        [
          'POST',
          '/v1/quote',
          {
            body: {
              currency: 'USD',
              lines: [{ ...line, unitPrice: { amountMinor: 9, currency: 'EUR' } }],
            },
          },
          { pointer: '/lines/0/unitPrice/currency' },
        ],
        ['POST', '/v1/quote', { body: '{not json' }, { pointer: '' }],
        [
          'POST',
          '/v1/me/redemptions',
          {
            headers: { 'Idempotency-Key': 'v1' },
            body: { rewardId: 'rw_ship', cart: { currency: 'usd', lines: [] } },
          },
          { pointer: '/cart/currency' },
        ],
        [
          'POST',
          '/v1/me/redemptions',
          { headers: { 'Idempotency-Key': 'v2' }, body: { rewardId: 'rw_5off', points: 0 } },
          { pointer: '/points' },
        ],
        [
          'POST',
          '/v1/me/redemptions',
          { body: { rewardId: 'rw_5off' } },
          { header: 'Idempotency-Key' },
        ],
        [
          'POST',
          '/v1/me/actions',
          { headers: { 'Idempotency-Key': 'v3' }, body: {} },
          { pointer: '/ruleId' },
        ],
        ['PUT', '/v1/me/birthday', { body: { month: 'May', day: 1 } }, { pointer: '/month' }],
        ['PUT', '/v1/me/birthday', { body: { month: 13, day: 1 } }, { pointer: '/month' }],
        ['PUT', '/v1/me/birthday', { body: { month: 5, day: 32 } }, { pointer: '/day' }],
        ['GET', '/v1/me/activity?limit=ten', {}, { parameter: 'limit' }],
        ['GET', '/v1/me/activity?limit=101', {}, { parameter: 'limit' }],
        ['GET', '/v1/me/activity?cursor=xyz', {}, { parameter: 'cursor' }],
      ];
    for (const [method, path, init, where] of cases) {
      const body = await expectProblem(
        await api.call(method, path, { token: true, ...init }),
        400,
        'validation_failed',
      );
      expect(body.errors, `${method} ${path} ${JSON.stringify(init.body)}`).toEqual([
        { ...(where as object), detail: expect.any(String) },
      ]);
    }
  });

  it('a birthday that passes the schema but is no date is 422, naming the day', async () => {
    const api = testApi();
    const body = await expectProblem(
      await api.call('PUT', '/v1/me/birthday', { token: true, body: { month: 2, day: 30 } }),
      422,
      'validation_failed',
    );
    expect(body.errors).toEqual([{ pointer: '/day', detail: '2/30 is not a date.' }]);
  });
});

describe('Cache-Control', () => {
  it('every answer under /v1/me is private, no-store, refusals included; the programme is public', async () => {
    const api = testApi();
    const answers = [
      await api.call('GET', '/v1/me', { token: true }),
      await api.call('GET', '/v1/me/activity', { token: true }),
      await api.call('POST', '/v1/me/redemptions', {
        token: true,
        headers: { 'Idempotency-Key': 'cache-1' },
        body: { rewardId: 'rw_5off' },
      }),
      await api.call('POST', '/v1/me/redemptions', {
        token: true,
        headers: { 'Idempotency-Key': 'cache-2' },
        body: { rewardId: 'rw_tote' },
      }),
      await api.call('DELETE', '/v1/me/redemptions/red_nope', { token: true }),
      await api.call('POST', '/v1/me/actions', {
        token: true,
        headers: { 'Idempotency-Key': 'cache-3' },
        body: { ruleId: 'earn_share' },
      }),
      await api.call('PUT', '/v1/me/birthday', { token: true, body: { month: 5, day: 20 } }),
      await api.call('GET', '/v1/me'),
    ];
    expect(answers.map((r) => `${r.status} ${r.headers.get('Cache-Control')}`)).toEqual([
      '200 private, no-store',
      '200 private, no-store',
      '201 private, no-store',
      '422 private, no-store',
      '404 private, no-store',
      '201 private, no-store',
      '200 private, no-store',
      '401 private, no-store',
    ]);
    expect((await api.call('GET', '/v1/program')).headers.get('Cache-Control')).toBe(
      'public, max-age=60',
    );
  });
});

describe('GET /v1/program', () => {
  it('returns the programme with an ETag, and 304 when it has not changed', async () => {
    const api = testApi();
    const response = await api.call('GET', '/v1/program');
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toContain('max-age');
    const etag = response.headers.get('ETag');
    expect(etag).toMatch(/^"[0-9a-f]+"$/);
    expect((await response.json()).name).toBe('Harbor Rewards');

    const again = await api.call('GET', '/v1/program', {
      headers: { 'If-None-Match': `W/${etag}` },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('ETag')).toBe(etag);
    expect(await again.text()).toBe('');
    const stale = await api.call('GET', '/v1/program', { headers: { 'If-None-Match': '"old"' } });
    expect(stale.status).toBe(200);
  });

  it('is served to guests', async () => {
    expect((await testApi().call('GET', '/v1/program')).status).toBe(200);
  });
});

describe('GET /v1/bootstrap', () => {
  it('answers the programme and the signed-in customer in one private response', async () => {
    const api = testApi();
    const response = await api.call('GET', '/v1/bootstrap', { token: true });
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('private, no-store');
    const body = await response.json();
    expect(body.program).toEqual(await (await api.call('GET', '/v1/program')).json());
    expect(body.customer).toEqual(await (await api.call('GET', '/v1/me', { token: true })).json());
    expect(body.programEtag).toBe((await api.call('GET', '/v1/program')).headers.get('ETag'));
  });

  it('gives a guest customer null, and leaves out the programme its X-Program-ETag names', async () => {
    const api = testApi();
    const guest = await (await api.call('GET', '/v1/bootstrap')).json();
    expect(guest).toMatchObject({ program: { name: 'Harbor Rewards' }, customer: null });
    const again = await api.call('GET', '/v1/bootstrap', {
      token: true,
      headers: { 'X-Program-ETag': guest.programEtag },
    });
    const body = await again.json();
    expect(body).not.toHaveProperty('program');
    expect(body).toMatchObject({ programEtag: guest.programEtag, customer: { firstName: 'Maya' } });
  });

  it('refuses an expired token as GET /v1/me does', async () => {
    const api = testApi();
    const expired = await api.token({ exp: Math.floor(NOW / 1000) - 1 });
    await expectProblem(
      await api.call('GET', '/v1/bootstrap', { token: expired }),
      401,
      'token_expired',
    );
  });
});

describe('customer tokens', () => {
  const api = testApi();

  it('no token, a non-Bearer scheme or an unknown customer is 401 unauthorized', async () => {
    await expectProblem(await api.call('GET', '/v1/me'), 401, 'unauthorized');
    await expectProblem(
      await api.call('GET', '/v1/me', { headers: { Authorization: `Basic ${await api.token()}` } }),
      401,
      'unauthorized',
    );
    await expectProblem(
      await api.call('GET', '/v1/me', { token: await api.token({ sub: 'cus_nobody' }) }),
      401,
      'unauthorized',
    );
  });

  it('reads the auth scheme case-insensitively (RFC 9110 §11.1)', async () => {
    const token = await api.token();
    for (const scheme of ['Bearer', 'bearer', 'BEARER', 'bEaReR']) {
      const response = await api.call('GET', '/v1/me', {
        headers: { Authorization: `${scheme} ${token}` },
      });
      expect(response.status, scheme).toBe(200);
    }
  });

  it('a tampered, foreign-secret or wrong-audience token is 401 unauthorized', async () => {
    const [header, , signature] = (await api.token()).split('.');
    const forged = b64url(
      JSON.stringify({ sub: 'cus_sofia', aud: 'loyaltykit-demo', exp: NOW / 1000 + 300 }),
    );
    for (const token of [
      `${header}.${forged}.${signature}`,
      await api.token({ secret: 'attacker' }),
      await api.token({ aud: 'another-shop' }),
      'not-a-jwt',
    ]) {
      await expectProblem(await api.call('GET', '/v1/me', { token }), 401, 'unauthorized');
    }
  });

  it('an expired token is 401 token_expired, judged by the engine clock', async () => {
    const token = await api.token({ exp: Math.floor(NOW / 1000) + 60 });
    expect((await api.call('GET', '/v1/me', { token })).status).toBe(200);
    api.advance(61_000);
    await expectProblem(await api.call('GET', '/v1/me', { token }), 401, 'token_expired');
  });

  it('guard every customer endpoint, and an invalid token is refused even on the quote', async () => {
    const fresh = testApi();
    const calls = [
      ['GET', '/v1/me/activity'],
      ['POST', '/v1/me/redemptions'],
      ['DELETE', '/v1/me/redemptions/red_0001'],
      ['POST', '/v1/me/actions'],
      ['PUT', '/v1/me/birthday'],
    ] as const;
    for (const [method, path] of calls) {
      const body = method === 'GET' ? undefined : {};
      await expectProblem(await fresh.call(method, path, { body }), 401, 'unauthorized');
    }
    await expectProblem(
      await fresh.call('POST', '/v1/quote', { token: 'bad', body: { currency: 'USD', lines: [] } }),
      401,
      'unauthorized',
    );
  });
});

describe('GET /v1/me', () => {
  it('returns balance, tier status, referral, open redemptions and rule usage', async () => {
    const response = await testApi().call('GET', '/v1/me', { token: true });
    expect(response.status).toBe(200);
    const maya = await response.json();
    expect(maya).toMatchObject({
      id: 'cus_maya',
      firstName: 'Maya',
      balance: { available: 1250, pending: 120, lifetime: 3400 },
      tier: { currentTierId: 'tier_silver', nextTierId: 'tier_gold', toNext: 1600 },
      referral: { code: expect.stringMatching(/^MAYA-/), invited: 1, converted: 0 },
    });
    expect(maya.redemptions).toHaveLength(1);
    expect(maya.ruleUsage.map((usage: { ruleId: string }) => usage.ruleId)).toEqual([
      'earn_signup',
      'earn_review',
      'earn_instagram',
      'earn_share',
    ]);
  });
});

describe('GET /v1/me/activity', () => {
  it('pages with cursor and limit; a bad cursor or limit is 400', async () => {
    const api = testApi();
    const first = await (await api.call('GET', '/v1/me/activity?limit=10', { token: true })).json();
    expect(first.entries).toHaveLength(10);
    const next = await api.call('GET', `/v1/me/activity?cursor=${first.nextCursor}`, {
      token: true,
    });
    const second = await next.json();
    expect(second.entries).toHaveLength(5);
    expect(second.nextCursor).toBeUndefined();
    await expectProblem(
      await api.call('GET', '/v1/me/activity?cursor=xyz', { token: true }),
      400,
      'validation_failed',
    );
    await expectProblem(
      await api.call('GET', '/v1/me/activity?limit=ten', { token: true }),
      400,
      'validation_failed',
    );
  });
});

describe('POST /v1/me/redemptions', () => {
  const key = (value: string) => ({ 'Idempotency-Key': value });

  it('issues a code: 201 { redemption, balance }', async () => {
    const api = testApi();
    const response = await api.call('POST', '/v1/me/redemptions', {
      token: true,
      headers: key('k1'),
      body: { rewardId: 'rw_5off' },
    });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.redemption).toMatchObject({ rewardId: 'rw_5off', status: 'issued' });
    expect(body.balance.available).toBe(750);
  });

  it('needs an Idempotency-Key and a well-formed body (400)', async () => {
    const api = testApi();
    const post = (body: unknown, headers: Record<string, string> = key('k')) =>
      api.call('POST', '/v1/me/redemptions', { token: true, headers, body });
    await expectProblem(await post({ rewardId: 'rw_5off' }, {}), 400, 'validation_failed');
    await expectProblem(await post('{not json'), 400, 'validation_failed');
    await expectProblem(await post({ reward: 'rw_5off' }), 400, 'validation_failed');
    await expectProblem(await post({ rewardId: 'rw_5off', points: -5 }), 400, 'validation_failed');
    await expectProblem(
      await post({ rewardId: 'rw_ship', cart: { currency: 'USD', lines: [{ productId: 'x' }] } }),
      400,
      'validation_failed',
    );
  });

  it('refusals are 422 with the reason’s code', async () => {
    const api = testApi();
    const cases = [
      [{ rewardId: 'rw_tote' }, 'insufficient_points'],
      [{ rewardId: 'rw_gift25' }, 'tier_required'],
      [{ rewardId: 'rw_unknown' }, 'reward_unavailable'],
      [
        {
          rewardId: 'rw_ship',
          cart: {
            currency: 'USD',
            lines: [
              { productId: 'tee', quantity: 1, unitPrice: { amountMinor: 900, currency: 'USD' } },
            ],
          },
        },
        'minimum_order_not_met',
      ],
    ] as const;
    for (const [index, [body, code]] of cases.entries()) {
      const response = await api.call('POST', '/v1/me/redemptions', {
        token: true,
        headers: key(`refusal-${index}`),
        body,
      });
      await expectProblem(response, 422, code);
    }
  });
});

describe('DELETE /v1/me/redemptions/{id}', () => {
  it('cancels and refunds once; again answers the same; unknown 404; used 409', async () => {
    const api = testApi();
    const maya = await (await api.call('GET', '/v1/me', { token: true })).json();
    const id = maya.redemptions[0].id;
    const first = await api.call('DELETE', `/v1/me/redemptions/${id}`, { token: true });
    expect(first.status).toBe(200);
    const body = await first.json();
    expect(body).toMatchObject({
      redemption: { id, status: 'cancelled' },
      balance: { available: 1750 },
    });
    const again = await api.call('DELETE', `/v1/me/redemptions/${id}`, { token: true });
    expect(await again.json()).toEqual(body);
    await expectProblem(
      await api.call('DELETE', '/v1/me/redemptions/red_nope', { token: true }),
      404,
      'not_found',
    );
    const used = api.engine
      .snapshot()
      .members.cus_maya!.redemptions.find((r) => r.status === 'used');
    await expectProblem(
      await api.call('DELETE', `/v1/me/redemptions/${used!.id}`, { token: true }),
      409,
      'redemption_not_cancellable',
    );
  });
});

describe('POST /v1/me/actions', () => {
  it('pays a follow or share, then 422 at the limit, 404 for unknown rules', async () => {
    const api = testApi();
    const claim = (ruleId: string, idempotencyKey: string) =>
      api.call('POST', '/v1/me/actions', {
        token: true,
        headers: { 'Idempotency-Key': idempotencyKey },
        body: { ruleId },
      });
    const paid = await claim('earn_share', 'a1');
    expect(paid.status).toBe(201);
    expect(await paid.json()).toMatchObject({
      entry: { points: 25 },
      balance: { available: 1275 },
    });
    await expectProblem(await claim('earn_share', 'a2'), 422, 'action_limit_reached');
    await expectProblem(await claim('earn_nope', 'a3'), 404, 'not_found');
    await expectProblem(
      await api.call('POST', '/v1/me/actions', { token: true, body: { ruleId: 'earn_review' } }),
      400,
      'validation_failed',
    );
  });
});

describe('PUT /v1/me/birthday', () => {
  it('sets it once (200 Customer), then 409; an impossible date is 422', async () => {
    const api = testApi();
    const put = (body: unknown) => api.call('PUT', '/v1/me/birthday', { token: true, body });
    await expectProblem(await put({ month: 2, day: 30 }), 422, 'validation_failed');
    await expectProblem(await put({ month: 'May' }), 400, 'validation_failed');
    const set = await put({ month: 5, day: 20 });
    expect(set.status).toBe(200);
    // May is the birthday month: the rule pays at once.
    expect(await set.json()).toMatchObject({
      birthday: { month: 5, day: 20 },
      balance: { available: 1550 },
    });
    await expectProblem(await put({ month: 6, day: 1 }), 409, 'birthday_already_set');
  });
});

describe('POST /v1/quote', () => {
  const cart = {
    currency: 'USD',
    lines: [{ productId: 'tee', quantity: 2, unitPrice: { amountMinor: 2900, currency: 'USD' } }],
  };

  it('quotes at the signed-in customer’s tier, or the base rate for guests', async () => {
    const api = testApi();
    expect(await (await api.call('POST', '/v1/quote', { body: cart })).json()).toEqual({
      points: 290,
    });
    expect(await (await api.call('POST', '/v1/quote', { body: cart, token: true })).json()).toEqual(
      {
        points: 362,
      },
    );
    await expectProblem(
      await api.call('POST', '/v1/quote', { body: { lines: [] } }),
      400,
      'validation_failed',
    );
  });

  it('follows the engine clock for bonus events', async () => {
    const api = testApi();
    const jacket = {
      currency: 'USD',
      lines: [
        {
          productId: 'coat',
          quantity: 1,
          unitPrice: { amountMinor: 10_000, currency: 'USD' },
          collectionIds: ['outerwear'],
        },
      ],
    };
    expect(await (await api.call('POST', '/v1/quote', { body: jacket })).json()).toEqual({
      points: 2000,
    });
    api.advance(8 * DAY);
    expect(await (await api.call('POST', '/v1/quote', { body: jacket })).json()).toEqual({
      points: 1000,
    });
  });
});
