import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { activity, customer } from './testing/fixtures.ts';
import { problem, rejection, testBackend, useServer } from './testing/server.ts';

const server = useServer();

/** An API that accepts only `tok_fresh` and calls every other token expired. */
function acceptOnly(valid: string) {
  const tokens: (string | null)[] = [];
  const guard = (request: Request, body: object) => {
    const auth = request.headers.get('Authorization');
    tokens.push(auth);
    return auth === `Bearer ${valid}` ? HttpResponse.json(body) : problem(401, 'token_expired');
  };
  server.use(
    http.get('*/v1/me', ({ request }) => guard(request, customer)),
    http.get('*/v1/me/activity', ({ request }) => guard(request, activity)),
  );
  return tokens;
}

describe('customer token refresh', () => {
  it('on token_expired, asks the provider once and repeats the request once', async () => {
    const tokens = acceptOnly('tok_fresh');
    const tokenProvider = vi.fn(async () => 'tok_fresh');
    const { backend } = testBackend({ customerToken: 'tok_old', tokenProvider });
    await expect(backend.getCustomer()).resolves.toEqual(customer);
    expect(tokenProvider).toHaveBeenCalledTimes(1);
    expect(tokens).toEqual(['Bearer tok_old', 'Bearer tok_fresh']);
    // The fresh token is kept for later calls.
    await backend.getActivity();
    expect(tokens.at(-1)).toBe('Bearer tok_fresh');
    expect(tokenProvider).toHaveBeenCalledTimes(1);
  });

  it('concurrent requests that all hit token_expired share one provider call', async () => {
    acceptOnly('tok_fresh');
    const tokenProvider = vi.fn(async () => 'tok_fresh');
    const { backend } = testBackend({ customerToken: 'tok_old', tokenProvider });
    await Promise.all([backend.getCustomer(), backend.getActivity(), backend.getActivity('c')]);
    expect(tokenProvider).toHaveBeenCalledTimes(1);
  });

  it('a provider that keeps returning expired tokens gets one repeat, then token_expired', async () => {
    const tokens = acceptOnly('tok_fresh');
    const tokenProvider = vi.fn(async () => 'tok_stale');
    const { backend } = testBackend({ customerToken: 'tok_old', tokenProvider });
    expect(await rejection(backend.getCustomer())).toMatchObject({
      code: 'token_expired',
      status: 401,
    });
    expect(tokens).toEqual(['Bearer tok_old', 'Bearer tok_stale']);
  });

  it('a signed-out shopper (provider returns null) gets token_expired without a repeat', async () => {
    const tokens = acceptOnly('tok_fresh');
    const { backend } = testBackend({ customerToken: 'tok_old', tokenProvider: () => null });
    expect((await rejection(backend.getActivity())).code).toBe('token_expired');
    expect(tokens).toHaveLength(1);
  });

  it('without a token yet, the provider supplies the first one; null means guest', async () => {
    const tokens = acceptOnly('tok_fresh');
    await expect(
      testBackend({ tokenProvider: () => 'tok_fresh' }).backend.getCustomer(),
    ).resolves.toEqual(customer);
    await expect(
      testBackend({ tokenProvider: async () => null }).backend.getCustomer(),
    ).resolves.toBeNull();
    expect(tokens).toEqual(['Bearer tok_fresh']);
  });

  it('unauthorized (a bad token, not an expired one) is not refreshed', async () => {
    server.use(http.get('*/v1/me', () => problem(401, 'unauthorized')));
    const tokenProvider = vi.fn(() => 'tok_fresh');
    const { backend } = testBackend({ customerToken: 'tok_forged', tokenProvider });
    expect((await rejection(backend.getCustomer())).code).toBe('unauthorized');
    expect(tokenProvider).not.toHaveBeenCalled();
  });

  it('a provider that throws is unauthorized, and the next call asks again', async () => {
    acceptOnly('tok_fresh');
    let calls = 0;
    const tokenProvider = () => {
      if (++calls === 1) throw new Error('session endpoint down');
      return 'tok_fresh';
    };
    const { backend } = testBackend({ tokenProvider });
    expect((await rejection(backend.getCustomer())).code).toBe('unauthorized');
    await expect(backend.getCustomer()).resolves.toEqual(customer);
  });
});
