import { isLoyaltyError, type LoyaltyError } from '@loyaltykit/core';
import {
  createEngine,
  createHandlers,
  createInProcessFetch,
  DEMO_AUDIENCE,
  DEMO_SECRET,
  problem,
  signToken,
  usStore,
} from '@loyaltykit/mock-backend';
import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpBackend } from './http-backend.ts';

const API = 'https://loyalty.test';
const server = setupServer(...createHandlers(createEngine(usStore)));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const mayaToken = () =>
  signToken(
    { sub: 'cus_maya', aud: DEMO_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 300 },
    DEMO_SECRET,
  );

/** The LoyaltyError a promise rejects with; fails the test if it resolves or rejects otherwise. */
async function rejection(promise: Promise<unknown>): Promise<LoyaltyError> {
  const reason = await promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
  if (!isLoyaltyError(reason)) throw new Error(`expected a LoyaltyError, got ${String(reason)}`);
  return reason;
}

describe('createHttpBackend against the mock Storefront API', () => {
  it('GET /v1/program returns the validated programme', async () => {
    const backend = createHttpBackend({ apiUrl: API, publishableKey: 'pk_test' });
    const program = await backend.getProgram();
    expect(program.name).toBe('Harbor Rewards');
    expect(program.rewards.map((r) => r.id)).toEqual([
      'rw_5off',
      'rw_ship',
      'rw_10pct',
      'rw_tote',
      'rw_gift25',
    ]);
    expect(program.rewards[0]).toMatchObject({ kind: 'fixed_discount', pointsPrice: 500 });
  });

  it('GET /v1/me with a customer token returns the member', async () => {
    const backend = createHttpBackend({
      apiUrl: `${API}/`,
      publishableKey: 'pk_test',
      customerToken: await mayaToken(),
    });
    const customer = await backend.getCustomer();
    expect(customer).toMatchObject({
      id: 'cus_maya',
      firstName: 'Maya',
      balance: { available: 1250, pending: 120, lifetime: 3400 },
    });
  });

  it('sends the publishable key and the bearer token', async () => {
    const token = await mayaToken();
    const seen: Headers[] = [];
    server.events.on('request:start', ({ request }) => {
      seen.push(request.headers);
    });
    try {
      const backend = createHttpBackend({
        apiUrl: API,
        publishableKey: 'pk_live_abc',
        customerToken: token,
      });
      await backend.getProgram();
      await backend.getCustomer();
    } finally {
      server.events.removeAllListeners();
    }
    expect(seen).toHaveLength(2);
    for (const headers of seen) {
      expect(headers.get('X-Publishable-Key')).toBe('pk_live_abc');
      expect(headers.get('Authorization')).toBe(`Bearer ${token}`);
    }
  });

  it('a guest (no token) gets null without any request', async () => {
    let requests = 0;
    server.events.on('request:start', () => {
      requests++;
    });
    try {
      const backend = createHttpBackend({ apiUrl: API, publishableKey: 'pk_test' });
      await expect(backend.getCustomer()).resolves.toBeNull();
    } finally {
      server.events.removeAllListeners();
    }
    expect(requests).toBe(0);
  });

  it('a guest request for /v1/program carries no Authorization header', async () => {
    let authorization: string | null = 'unset';
    server.use(
      http.get('*/v1/program', ({ request }) => {
        authorization = request.headers.get('Authorization');
        return HttpResponse.json(createEngine(usStore).program());
      }),
    );
    await createHttpBackend({ apiUrl: API, publishableKey: 'pk_test' }).getProgram();
    expect(authorization).toBeNull();
  });
});

describe('createHttpBackend failures become typed LoyaltyErrors', () => {
  const backend = () => createHttpBackend({ apiUrl: API, publishableKey: 'pk_test' });

  it('a malformed body is invalid_response naming the bad field', async () => {
    const program = createEngine(usStore).program();
    server.use(
      http.get('*/v1/program', () =>
        HttpResponse.json({
          ...program,
          rewards: [program.rewards[0], { ...program.rewards[1], pointsPrice: '500' }],
        }),
      ),
    );
    const error = await rejection(backend().getProgram());
    expect(error.code).toBe('invalid_response');
    expect(error.status).toBe(200);
    expect(error.message).toContain('$.rewards[1].pointsPrice');
  });

  it('a 200 that is not JSON is invalid_response', async () => {
    server.use(http.get('*/v1/program', () => HttpResponse.text('<html>hi</html>')));
    expect((await rejection(backend().getProgram())).code).toBe('invalid_response');
  });

  it('HTTP 500 is http_error with the status', async () => {
    server.use(http.get('*/v1/program', () => problem(500, 'internal', 'Database on fire')));
    const error = await rejection(backend().getProgram());
    expect(error.code).toBe('http_error');
    expect(error.status).toBe(500);
    expect(error.message).toContain('Database on fire');
  });

  it('a 401 problem+json with code token_expired is token_expired', async () => {
    server.use(http.get('*/v1/me', () => problem(401, 'token_expired', 'Expired.')));
    const error = await rejection(
      createHttpBackend({
        apiUrl: API,
        publishableKey: 'pk_test',
        customerToken: 'any',
      }).getCustomer(),
    );
    expect(error.code).toBe('token_expired');
    expect(error.status).toBe(401);
  });

  it('the real handlers refuse a forged token with unauthorized', async () => {
    const forged = await signToken(
      { sub: 'cus_maya', aud: DEMO_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 300 },
      'not-the-secret',
    );
    const error = await rejection(
      createHttpBackend({
        apiUrl: API,
        publishableKey: 'pk_test',
        customerToken: forged,
      }).getCustomer(),
    );
    expect(error.code).toBe('unauthorized');
    expect(error.status).toBe(401);
  });

  it('a non-JSON error page is http_error with the status', async () => {
    server.use(
      http.get(
        '*/v1/program',
        () =>
          new HttpResponse('<html><body>502 Bad Gateway</body></html>', {
            status: 502,
            headers: { 'Content-Type': 'text/html' },
          }),
      ),
    );
    const error = await rejection(backend().getProgram());
    expect(error.code).toBe('http_error');
    expect(error.status).toBe(502);
  });

  it('an unknown problem code on a 404 maps to not_found', async () => {
    server.use(http.get('*/v1/program', () => problem(404, 'no_such_program', 'Unknown key.')));
    const error = await rejection(backend().getProgram());
    expect(error.code).toBe('not_found');
  });

  it('a network error is network_error', async () => {
    server.use(http.get('*/v1/program', () => HttpResponse.error()));
    const error = await rejection(backend().getProgram());
    expect(error.code).toBe('network_error');
    expect(error.status).toBeUndefined();
  });

  it('a server that never answers times out', async () => {
    server.use(
      http.get('*/v1/program', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const started = Date.now();
    const error = await rejection(
      createHttpBackend({ apiUrl: API, publishableKey: 'pk_test', timeoutMs: 50 }).getProgram(),
    );
    expect(error.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a server that sends headers and then stalls the body times out', async () => {
    server.use(
      http.get('*/v1/program', () => {
        const stalled = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"id":'));
          },
        });
        return new HttpResponse(stalled, { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    const error = await rejection(
      createHttpBackend({ apiUrl: API, publishableKey: 'pk_test', timeoutMs: 50 }).getProgram(),
    );
    expect(error.code).toBe('timeout');
  }, 2000);

  it('an injected fetch that ignores the abort signal still times out', async () => {
    const neverAnswers = createInProcessFetch([
      http.get('*/v1/program', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    ]);
    const error = await rejection(
      createHttpBackend({
        apiUrl: API,
        publishableKey: 'pk_test',
        fetch: neverAnswers,
        timeoutMs: 50,
      }).getProgram(),
    );
    expect(error.code).toBe('timeout');
  }, 2000);

  it('a caller abort stops the request and is not reported as a timeout', async () => {
    server.use(
      http.get('*/v1/program', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const pending = createHttpBackend({
      apiUrl: API,
      publishableKey: 'pk_test',
      timeoutMs: 60_000,
    }).getProgram({ signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    const error = await rejection(pending);
    expect(error.code).toBe('network_error');
  });

  it('a signal that is already aborted sends no request', async () => {
    let requests = 0;
    server.events.on('request:start', () => {
      requests++;
    });
    const controller = new AbortController();
    controller.abort();
    try {
      const error = await rejection(backend().getProgram({ signal: controller.signal }));
      expect(error.code).toBe('network_error');
    } finally {
      server.events.removeAllListeners();
    }
    expect(requests).toBe(0);
  });
});
