import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createHttpBackend } from './http-backend.ts';
import { DEFAULT_RETRY, retryDelay } from './retry.ts';
import { actionResult, cart, program, redemptionResult } from './testing/fixtures.ts';
import { API, problem, rejection, testBackend, useServer } from './testing/server.ts';

const server = useServer();
const member = (options = {}) => testBackend({ customerToken: 'tok_maya', ...options });

/** A handler answering each request with the next of `replies` (the last one repeats). */
function sequence(replies: (() => Response)[]) {
  let requests = 0;
  const handler = () => replies[Math.min(requests++, replies.length - 1)]!();
  return { handler, count: () => requests };
}

describe('retryDelay', () => {
  it('is full jitter over a doubling window, capped', () => {
    const top = () => 0.999_999;
    const windows = [0, 1, 2, 3, 4, 5].map((n) =>
      Math.round(retryDelay(n, null, DEFAULT_RETRY, top)!),
    );
    expect(windows).toEqual([300, 600, 1200, 2400, 4800, 5000]);
    expect(retryDelay(3, null, DEFAULT_RETRY, () => 0)).toBe(0);
  });

  it('honours Retry-After seconds up to the cap, and refuses longer pauses', () => {
    expect(retryDelay(0, '2', DEFAULT_RETRY, Math.random)).toBe(2000);
    expect(retryDelay(0, '5', DEFAULT_RETRY, Math.random)).toBe(5000);
    expect(retryDelay(0, '120', DEFAULT_RETRY, Math.random)).toBeUndefined();
  });

  it('ignores a Retry-After that is not whole seconds', () => {
    expect(retryDelay(1, 'Wed, 21 Oct 2026 07:28:00 GMT', DEFAULT_RETRY, () => 0.5)).toBe(300);
  });
});

describe('retries of safe requests', () => {
  it('500 then success: the GET succeeds after one jittered wait', async () => {
    const api = sequence([() => problem(500, 'internal'), () => HttpResponse.json(program)]);
    server.use(http.get('*/v1/program', api.handler));
    const { backend, sleeps } = testBackend();
    await expect(backend.getProgram()).resolves.toEqual(program);
    expect(api.count()).toBe(2);
    expect(sleeps).toEqual([150]); // random 0.5 × the first 300 ms window
  });

  it('429 with Retry-After waits exactly that long', async () => {
    const api = sequence([
      () => problem(429, 'rate_limited', { 'Retry-After': '2' }),
      () => HttpResponse.json(program),
    ]);
    server.use(http.get('*/v1/program', api.handler));
    const { backend, sleeps } = testBackend();
    await expect(backend.getProgram()).resolves.toEqual(program);
    expect(sleeps).toEqual([2000]);
  });

  it('429 asking for longer than the cap fails at once with rate_limited', async () => {
    const api = sequence([() => problem(429, 'rate_limited', { 'Retry-After': '120' })]);
    server.use(http.get('*/v1/program', api.handler));
    const { backend, sleeps } = testBackend();
    expect(await rejection(backend.getProgram())).toMatchObject({
      code: 'rate_limited',
      status: 429,
    });
    expect(api.count()).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('408 and network errors are retried', async () => {
    const api = sequence([
      () => new HttpResponse(null, { status: 408 }),
      () => HttpResponse.error(),
      () => HttpResponse.json(program),
    ]);
    server.use(http.get('*/v1/program', api.handler));
    await expect(testBackend().backend.getProgram()).resolves.toEqual(program);
    expect(api.count()).toBe(3);
  });

  it('retries are bounded: a server that keeps failing is asked retries + 1 times', async () => {
    const api = sequence([() => problem(503, 'unavailable')]);
    server.use(http.get('*/v1/program', api.handler));
    const { backend, sleeps } = testBackend({ retry: { retries: 3 } });
    expect(await rejection(backend.getProgram())).toMatchObject({
      code: 'http_error',
      status: 503,
    });
    expect(api.count()).toBe(4);
    expect(sleeps).toEqual([150, 300, 600]);
  });

  it('retries: 0 sends exactly one request', async () => {
    const api = sequence([() => HttpResponse.error()]);
    server.use(http.get('*/v1/program', api.handler));
    await rejection(testBackend({ retry: { retries: 0 } }).backend.getProgram());
    expect(api.count()).toBe(1);
  });

  it('a DELETE is retried (a repeated cancel is a replay by contract)', async () => {
    const api = sequence([
      () => problem(503, 'unavailable'),
      () => HttpResponse.json(redemptionResult),
    ]);
    server.use(http.delete('*/v1/me/redemptions/:id', api.handler));
    await expect(member().backend.cancelRedemption('red_1')).resolves.toEqual(redemptionResult);
    expect(api.count()).toBe(2);
  });
});

describe('a caller abort during the backoff wait', () => {
  it('ends the wait at once: network_error, and no further request', async () => {
    const api = sequence([() => problem(503, 'unavailable'), () => HttpResponse.json(program)]);
    server.use(http.get('*/v1/program', api.handler));
    const controller = new AbortController();
    // The real wait this time: five seconds, unless the abort ends it.
    const backend = createHttpBackend({
      apiUrl: API,
      publishableKey: 'pk_test',
      random: () => 0.5,
      retry: { baseDelayMs: 10_000, maxDelayMs: 10_000 },
    });
    const pending = backend.getProgram({ signal: controller.signal });
    await vi.waitFor(() => expect(api.count()).toBe(1));
    const started = Date.now();
    controller.abort();
    expect((await rejection(pending)).code).toBe('network_error');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(api.count()).toBe(1);
  });
});

describe('requests that could act twice are never retried', () => {
  it('an unkeyed POST (quote) is sent once, on a 500 and on a network error', async () => {
    for (const reply of [() => problem(500, 'internal'), () => HttpResponse.error()]) {
      const api = sequence([reply, () => HttpResponse.json({ points: 1 })]);
      server.use(http.post('*/v1/quote', api.handler));
      await rejection(member().backend.quote!(cart));
      expect(api.count()).toBe(1);
    }
  });

  it('the birthday PUT is sent once (a repeat after a lost answer would be 409)', async () => {
    const api = sequence([() => problem(503, 'unavailable')]);
    server.use(http.put('*/v1/me/birthday', api.handler));
    await rejection(member().backend.setBirthday({ month: 5, day: 4 }));
    expect(api.count()).toBe(1);
  });
});

describe('exactly-once redemption over a flaky network', () => {
  /** A server that deduplicates by Idempotency-Key, as the contract requires. */
  function idempotentRedemptions(dropFirstAnswer: boolean) {
    const committed = new Map<string, { body: string; response: string }>();
    const requests: { key: string | null; body: string }[] = [];
    let redemptions = 0;
    server.use(
      http.post('*/v1/me/redemptions', async ({ request }) => {
        const key = request.headers.get('Idempotency-Key');
        const body = await request.text();
        requests.push({ key, body });
        if (!key) return problem(400, 'validation_failed');
        let first = committed.get(key);
        if (!first) {
          redemptions++;
          first = { body, response: JSON.stringify(redemptionResult) };
          committed.set(key, first);
          // The server committed; the answer is lost on the way back.
          if (dropFirstAnswer) return HttpResponse.error();
        }
        if (first.body !== body) return problem(422, 'idempotency_key_reused');
        return new HttpResponse(first.response, {
          status: 201,
          headers: { 'Content-Type': 'application/json' },
        });
      }),
    );
    return { requests, redemptions: () => redemptions };
  }

  it('a dropped answer is recovered by a retry with the same key and body: one redemption', async () => {
    const api = idempotentRedemptions(true);
    const result = await member().backend.redeem({
      rewardId: 'rw_5off',
      cart,
      idempotencyKey: 'intent-1',
    });
    expect(result).toEqual(redemptionResult);
    expect(api.redemptions()).toBe(1);
    expect(api.requests).toHaveLength(2);
    expect(new Set(api.requests.map((r) => r.key))).toEqual(new Set(['intent-1']));
    expect(api.requests[1]?.body).toBe(api.requests[0]?.body);
  });

  it('409 request_in_progress is retried with the same key until the replay arrives', async () => {
    const api = sequence([
      () => problem(409, 'request_in_progress'),
      () => HttpResponse.json(redemptionResult, { status: 201 }),
    ]);
    server.use(http.post('*/v1/me/redemptions', api.handler));
    const result = await member().backend.redeem({ rewardId: 'rw_5off', idempotencyKey: 'k' });
    expect(result).toEqual(redemptionResult);
    expect(api.count()).toBe(2);
  });

  it('a claim retried after a network error reuses its generated key', async () => {
    const keys: (string | null)[] = [];
    const api = sequence([
      () => HttpResponse.error(),
      () => HttpResponse.json(actionResult, { status: 201 }),
    ]);
    server.use(
      http.post('*/v1/me/actions', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return api.handler();
      }),
    );
    await expect(member().backend.claimAction('earn_ig')).resolves.toEqual(actionResult);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
  });
});
