import { KEY_RETENTION_MS } from '@loyaltykit/gateway';
import { describe, expect, it } from 'vitest';
import { expectProblem, type TestApi, testApi } from '../test/api.ts';

const redeem = (api: TestApi, key: string, body: unknown = { rewardId: 'rw_5off' }) =>
  api.call('POST', '/v1/me/redemptions', {
    token: true,
    headers: { 'Idempotency-Key': key },
    body,
  });

/** Redemptions and balance as the engine has them, whatever the responses said. */
function committed(api: TestApi) {
  const maya = api.engine.customer('cus_maya')!;
  return { open: maya.redemptions.length, available: maya.balance.available };
}

describe('exactly once per Idempotency-Key', () => {
  it('a double submit redeems once and replays the first response, status and body', async () => {
    const api = testApi();
    const first = await redeem(api, 'intent-1');
    const second = await redeem(api, 'intent-1');
    expect(second.status).toBe(201);
    expect(second.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await second.text()).toBe(await first.text());
    expect(committed(api)).toEqual({ open: 2, available: 750 });
  });

  it('five parallel submits with one key: one redemption, one balance change, one answer', async () => {
    const api = testApi();
    const responses = await Promise.all(Array.from({ length: 5 }, () => redeem(api, 'intent-5')));
    const bodies = await Promise.all(responses.map((response) => response.json()));
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(bodies.map((body) => body.redemption.id)).size).toBe(1);
    expect(committed(api)).toEqual({ open: 2, available: 750 });
  });

  it('while the first is still in flight, a retry is 409 request_in_progress and commits nothing', async () => {
    const api = testApi({ handlers: { commitDelay: 30 } });
    const responses = await Promise.all(Array.from({ length: 5 }, () => redeem(api, 'slow')));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409]);
    await expectProblem(responses.find((r) => r.status === 409)!, 409, 'request_in_progress');
    expect(committed(api)).toEqual({ open: 2, available: 750 });
    // Once committed, the same key replays the 201.
    expect((await redeem(api, 'slow')).status).toBe(201);
    expect(committed(api)).toEqual({ open: 2, available: 750 });
  });

  it('a response lost after the engine committed is recovered by retrying with the same key', async () => {
    const api = testApi();
    const lost = redeem(api, 'lost-1').then(() => {
      throw new TypeError('Failed to fetch'); // the connection dropped on the way back
    });
    await expect(lost).rejects.toThrow('Failed to fetch');
    expect(committed(api)).toEqual({ open: 2, available: 750 });
    const retry = await redeem(api, 'lost-1');
    expect(retry.status).toBe(201);
    const { redemption, balance } = await retry.json();
    expect(balance.available).toBe(750);
    expect(api.engine.customer('cus_maya')!.redemptions.map((r) => r.id)).toContain(redemption.id);
    expect(committed(api)).toEqual({ open: 2, available: 750 });
  });

  it('the same key with a different body is 422 idempotency_key_reused; key order does not matter', async () => {
    const api = testApi();
    const body = { rewardId: 'rw_ship', cart: { lines: [], currency: 'USD' } };
    await redeem(api, 'k', body);
    const reordered = await redeem(api, 'k', {
      cart: { currency: 'USD', lines: [] },
      rewardId: 'rw_ship',
    });
    expect(reordered.status).toBe(422); // replayed: the cart's $0 subtotal is under the minimum
    await expectProblem(reordered, 422, 'minimum_order_not_met');
    await expectProblem(
      await redeem(api, 'k', { rewardId: 'rw_5off' }),
      422,
      'idempotency_key_reused',
    );
  });

  it('keys are scoped to the operation: the same key on another endpoint is another intent', async () => {
    const api = testApi();
    expect((await redeem(api, 'k')).status).toBe(201);
    const claim = () =>
      api.call('POST', '/v1/me/actions', {
        token: true,
        headers: { 'Idempotency-Key': 'k' },
        body: { ruleId: 'earn_share' },
      });
    const first = await claim();
    expect(first.status).toBe(201);
    expect(first.headers.get('Idempotent-Replayed')).toBeNull();
    expect(await first.json()).toMatchObject({ entry: { points: 25 } });
    // Within its scope the key still replays.
    expect((await claim()).headers.get('Idempotent-Replayed')).toBe('true');
    expect((await redeem(api, 'k')).headers.get('Idempotent-Replayed')).toBe('true');
    expect(committed(api)).toEqual({ open: 2, available: 775 });
  });

  it('refusals are replayed too: a retry never turns a 422 into a redemption behind the shopper’s back', async () => {
    const api = testApi();
    await expectProblem(
      await redeem(api, 'tote', { rewardId: 'rw_tote' }),
      422,
      'insufficient_points',
    );
    // Maya now earns enough for the tote: 1,250 + 500 refunded + 300 for a May birthday.
    const [open] = api.engine.customer('cus_maya')!.redemptions;
    api.engine.cancelRedemption('cus_maya', open!.id);
    expect(api.engine.setBirthday('cus_maya', { month: 5, day: 1 }).balance.available).toBe(2050);
    await expectProblem(
      await redeem(api, 'tote', { rewardId: 'rw_tote' }),
      422,
      'insufficient_points',
    );
    expect((await redeem(api, 'tote-2', { rewardId: 'rw_tote' })).status).toBe(201);
  });

  it('keys are scoped to the customer', async () => {
    const api = testApi();
    await redeem(api, 'shared');
    const sofia = await api.call('POST', '/v1/me/redemptions', {
      token: await api.token({ sub: 'cus_sofia' }),
      headers: { 'Idempotency-Key': 'shared' },
      body: { rewardId: 'rw_5off' },
    });
    expect(sofia.status).toBe(201);
    expect((await sofia.json()).balance.available).toBe(3350);
  });

  it('keys are kept for at least 24 hours of engine time', async () => {
    const api = testApi();
    const first = await (await redeem(api, 'day-old')).json();
    api.advance(KEY_RETENTION_MS);
    expect(await (await redeem(api, 'day-old')).json()).toEqual(first);
    expect(committed(api).open).toBe(2);
  });

  it('action claims are keyed the same way', async () => {
    const api = testApi();
    const claim = () =>
      api.call('POST', '/v1/me/actions', {
        token: true,
        headers: { 'Idempotency-Key': 'share-once' },
        body: { ruleId: 'earn_share' },
      });
    const [a, b] = await Promise.all([claim(), claim()]);
    expect([a!.status, b!.status]).toEqual([201, 201]);
    expect(await a!.text()).toBe(await b!.text());
    expect(committed(api).available).toBe(1275);
  });
});
