import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  actionResult,
  activity,
  cart,
  customer,
  program,
  redemptionResult,
} from './testing/fixtures.ts';
import { API, problem, rejection, testBackend, useServer } from './testing/server.ts';

const server = useServer();
const member = (options = {}) => testBackend({ customerToken: 'tok_maya', ...options });

/** Records every request the server sees, with its body text. */
function recordRequests() {
  const seen: { method: string; url: URL; headers: Headers; body: string }[] = [];
  server.events.on('request:start', async ({ request }) => {
    const body = await request.clone().text();
    seen.push({
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body,
    });
  });
  return seen;
}

describe('each operation sends what the contract asks and returns the validated body', () => {
  it('getProgram: publishable key, no customer token (the programme is public)', async () => {
    server.use(http.get('*/v1/program', () => HttpResponse.json(program)));
    const seen = recordRequests();
    await expect(member().backend.getProgram()).resolves.toEqual(program);
    expect(seen[0]?.headers.get('X-Publishable-Key')).toBe('pk_test');
    expect(seen[0]?.headers.get('Authorization')).toBeNull();
  });

  it('getCustomer: the bearer token', async () => {
    server.use(http.get('*/v1/me', () => HttpResponse.json(customer)));
    const seen = recordRequests();
    await expect(member().backend.getCustomer()).resolves.toEqual(customer);
    expect(seen[0]?.headers.get('Authorization')).toBe('Bearer tok_maya');
    expect(seen[0]?.headers.get('X-Publishable-Key')).toBe('pk_test');
  });

  it('the shopper’s locale, as Accept-Language, on the programme and the customer', async () => {
    server.use(
      http.get('*/v1/program', () => HttpResponse.json(program)),
      http.get('*/v1/me', () => HttpResponse.json(customer)),
    );
    const seen = recordRequests();
    const { backend } = member({ locale: 'ar-EG' });
    await backend.getProgram();
    await backend.getCustomer();
    expect(seen.map((r) => r.headers.get('Accept-Language'))).toEqual(['ar-EG', 'ar-EG']);
    await member().backend.getProgram();
    expect(seen[2]?.headers.get('Accept-Language')).toBeNull();
  });

  it('getCustomer for a guest is null, without a request', async () => {
    const seen = recordRequests();
    await expect(testBackend().backend.getCustomer()).resolves.toBeNull();
    expect(seen).toHaveLength(0);
  });

  it('getActivity: the cursor, URL-encoded, only when given', async () => {
    server.use(http.get('*/v1/me/activity', () => HttpResponse.json(activity)));
    const seen = recordRequests();
    const { backend } = member();
    await expect(backend.getActivity()).resolves.toEqual(activity);
    await backend.getActivity('a b/c');
    expect(seen.map((r) => r.url.search)).toEqual(['', '?cursor=a%20b%2Fc']);
  });

  it('redeem: the body and the caller’s Idempotency-Key', async () => {
    server.use(
      http.post('*/v1/me/redemptions', () => HttpResponse.json(redemptionResult, { status: 201 })),
    );
    const seen = recordRequests();
    const result = await member().backend.redeem({
      rewardId: 'rw_spend',
      points: 300,
      cart,
      idempotencyKey: 'key-1',
    });
    expect(result).toEqual(redemptionResult);
    expect(seen[0]?.headers.get('Idempotency-Key')).toBe('key-1');
    expect(seen[0]?.headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ rewardId: 'rw_spend', points: 300, cart });
  });

  it('cancelRedemption: DELETE on the URL-encoded id', async () => {
    server.use(
      http.delete('*/v1/me/redemptions/:id', () =>
        HttpResponse.json({
          ...redemptionResult,
          redemption: { ...redemptionResult.redemption, status: 'cancelled' },
        }),
      ),
    );
    const seen = recordRequests();
    const result = await member().backend.cancelRedemption('red/1');
    expect(result.redemption.status).toBe('cancelled');
    expect(seen[0]?.method).toBe('DELETE');
    expect(seen[0]?.url.pathname).toBe('/v1/me/redemptions/red%2F1');
  });

  it('claimAction: the rule id, and a fresh idempotency key per claim', async () => {
    server.use(
      http.post('*/v1/me/actions', () => HttpResponse.json(actionResult, { status: 201 })),
    );
    const seen = recordRequests();
    const { backend } = member();
    await expect(backend.claimAction('earn_ig')).resolves.toEqual(actionResult);
    await backend.claimAction('earn_ig');
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ ruleId: 'earn_ig' });
    const keys = seen.map((r) => r.headers.get('Idempotency-Key'));
    expect(keys[0]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('setBirthday: PUT month and day, returns the customer', async () => {
    server.use(
      http.put('*/v1/me/birthday', async ({ request }) => {
        const birthday = (await request.json()) as Record<string, number>;
        return HttpResponse.json({ ...customer, birthday });
      }),
    );
    const updated = await member().backend.setBirthday({ month: 2, day: 29 });
    expect(updated.birthday).toEqual({ month: 2, day: 29 });
  });

  it('quote: the cart, with the token when there is one', async () => {
    server.use(http.post('*/v1/quote', () => HttpResponse.json({ points: 250 })));
    const seen = recordRequests();
    await expect(member().backend.quote?.(cart)).resolves.toEqual({ points: 250 });
    await testBackend().backend.quote?.(cart);
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual(cart);
    expect(seen.map((r) => r.headers.get('Authorization'))).toEqual(['Bearer tok_maya', null]);
  });

  it('a customer operation without a token is unauthorized, without a request', async () => {
    const seen = recordRequests();
    const error = await rejection(testBackend().backend.getActivity());
    expect(error.code).toBe('unauthorized');
    expect(seen).toHaveLength(0);
  });

  it('drops fields the contract does not define', async () => {
    server.use(
      http.get('*/v1/me', () => HttpResponse.json({ ...customer, isAdmin: true, __html: '<b>' })),
    );
    expect(await member().backend.getCustomer()).toEqual(customer);
  });
});

describe('failures become typed LoyaltyErrors', () => {
  it('a body without its core is invalid_response naming the bad field', async () => {
    server.use(http.get('*/v1/program', () => HttpResponse.json({ ...program, currency: 840 })));
    const error = await rejection(testBackend().backend.getProgram());
    expect(error.code).toBe('invalid_response');
    expect(error.status).toBe(200);
    expect(error.message).toContain('$.currency: expected string, got number');
  });

  it('a 200 that is not JSON is invalid_response, and is not retried', async () => {
    let requests = 0;
    server.use(
      http.get('*/v1/program', () => {
        requests++;
        return HttpResponse.text('{"id": "prg_test", "name": ');
      }),
    );
    expect((await rejection(testBackend().backend.getProgram())).code).toBe('invalid_response');
    expect(requests).toBe(1);
  });

  it.each([
    [422, 'insufficient_points'],
    [422, 'reward_unavailable'],
    [422, 'minimum_order_not_met'],
    [422, 'tier_required'],
    [422, 'idempotency_key_reused'],
    [400, 'validation_failed'],
  ])('a %i problem with code %s keeps its code and is not retried', async (status, code) => {
    let requests = 0;
    server.use(
      http.post('*/v1/me/redemptions', () => {
        requests++;
        return problem(status, code);
      }),
    );
    const error = await rejection(
      member().backend.redeem({ rewardId: 'rw_5off', idempotencyKey: 'k' }),
    );
    expect(error).toMatchObject({ code, status });
    expect(requests).toBe(1);
  });

  it('a 409 redemption_not_cancellable keeps its code', async () => {
    server.use(
      http.delete('*/v1/me/redemptions/:id', () => problem(409, 'redemption_not_cancellable')),
    );
    const error = await rejection(member().backend.cancelRedemption('red_1'));
    expect(error).toMatchObject({ code: 'redemption_not_cancellable', status: 409 });
  });

  it('without a known code, the status decides; client-side codes from a server are not believed', async () => {
    server.use(
      http.get('*/v1/program', () => problem(404, 'no_such_program')),
      http.get('*/v1/me', () => problem(403, 'timeout')),
    );
    expect((await rejection(testBackend().backend.getProgram())).code).toBe('not_found');
    expect((await rejection(member().backend.getCustomer())).code).toBe('http_error');
  });

  it('a non-JSON 502 error page is http_error with the status, after the retries', async () => {
    server.use(
      http.get(
        '*/v1/program',
        () => new HttpResponse('<html>502 Bad Gateway</html>', { status: 502 }),
      ),
    );
    const error = await rejection(testBackend().backend.getProgram());
    expect(error).toMatchObject({ code: 'http_error', status: 502 });
  });

  it('a network error is network_error without a status', async () => {
    server.use(http.get('*/v1/program', () => HttpResponse.error()));
    const error = await rejection(testBackend().backend.getProgram());
    expect(error.code).toBe('network_error');
    expect(error.status).toBeUndefined();
  });
});

describe('timeouts and aborts', () => {
  const noRetry = { retry: { retries: 0 } };
  const neverAnswers = async () => {
    await delay('infinite');
    return HttpResponse.json({});
  };

  it('a server that never answers times out', async () => {
    server.use(http.get('*/v1/program', neverAnswers));
    const error = await rejection(testBackend({ timeoutMs: 20, ...noRetry }).backend.getProgram());
    expect(error.code).toBe('timeout');
  });

  it('a timed-out GET is retried, and the retry’s answer is returned', async () => {
    let requests = 0;
    server.use(
      http.get('*/v1/program', async () =>
        ++requests === 1 ? neverAnswers() : HttpResponse.json(program),
      ),
    );
    await expect(testBackend({ timeoutMs: 20 }).backend.getProgram()).resolves.toEqual(program);
    expect(requests).toBe(2);
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
    const error = await rejection(testBackend({ timeoutMs: 20, ...noRetry }).backend.getProgram());
    expect(error.code).toBe('timeout');
  });

  it('an injected fetch that ignores the abort signal still times out', async () => {
    const ignoresSignal: typeof fetch = () => new Promise(() => {});
    const error = await rejection(
      testBackend({ fetch: ignoresSignal, timeoutMs: 20, ...noRetry }).backend.getProgram(),
    );
    expect(error.code).toBe('timeout');
  });

  it('a caller abort stops the request, is network_error, and is not retried', async () => {
    let requests = 0;
    server.use(
      http.get('*/v1/program', () => {
        requests++;
        return neverAnswers();
      }),
    );
    const controller = new AbortController();
    const pending = testBackend({ timeoutMs: 60_000 }).backend.getProgram({
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 10);
    expect((await rejection(pending)).code).toBe('network_error');
    expect(requests).toBe(1);
  });

  it('a signal that is already aborted sends no request', async () => {
    const seen = recordRequests();
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(testBackend().backend.getProgram({ signal: controller.signal }));
    expect(error.code).toBe('network_error');
    expect(seen).toHaveLength(0);
  });
});

describe('redirects are never followed (issue 12 item 9)', () => {
  const EVIL = 'https://evil.test';
  const mallory = { ...customer, id: 'cus_mallory', firstName: 'Mallory' };

  /** A server on another origin answering with its own customer, recording what reaches it. */
  function otherOrigin() {
    const reached: Headers[] = [];
    server.use(
      http.all(`${EVIL}/*`, ({ request }) => {
        reached.push(request.headers);
        return HttpResponse.json(mallory);
      }),
    );
    return reached;
  }

  it.each([301, 302, 303, 307, 308])(
    'a %i to another origin: no data from there, no request there, no retry',
    async (status) => {
      const reached = otherOrigin();
      let asked = 0;
      server.use(
        http.get(`${API}/v1/me`, () => {
          asked++;
          return new HttpResponse(null, { status, headers: { Location: `${EVIL}/v1/me` } });
        }),
      );
      const error = await rejection(member().backend.getCustomer());
      expect(error.code).toBe('http_error');
      expect(error.message).toContain('redirect');
      expect(reached).toHaveLength(0);
      expect(asked).toBe(1);
    },
  );

  it('a redemption answered with a 307 elsewhere is not re-sent there with its key', async () => {
    const reached = otherOrigin();
    server.use(
      http.post(
        `${API}/v1/me/redemptions`,
        () =>
          new HttpResponse(null, {
            status: 307,
            headers: { Location: `${EVIL}/v1/me/redemptions` },
          }),
      ),
    );
    const redeem = member().backend.redeem({ rewardId: 'rw_5off', idempotencyKey: 'key-1' });
    expect((await rejection(redeem)).code).toBe('http_error');
    expect(reached).toHaveLength(0);
  });

  it('a same-origin redirect is not followed either (the contract has none)', async () => {
    let followed = false;
    server.use(
      http.get('*/v1/program', () => HttpResponse.redirect(`${API}/v2/program`, 302)),
      http.get('*/v2/program', () => {
        followed = true;
        return HttpResponse.json(program);
      }),
    );
    expect((await rejection(testBackend().backend.getProgram())).code).toBe('http_error');
    expect(followed).toBe(false);
  });

  it('an injected fetch that follows anyway: its answer is not used', async () => {
    const follows: typeof fetch = async () => {
      const response = HttpResponse.json(mallory);
      Object.defineProperty(response, 'redirected', { value: true });
      return response;
    };
    const error = await rejection(member({ fetch: follows }).backend.getCustomer());
    expect(error.code).toBe('http_error');
  });
});
