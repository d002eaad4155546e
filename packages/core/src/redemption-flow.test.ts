import { describe, expect, it, vi } from 'vitest';
import type { LoyaltyBackend, RedeemRequest, RedemptionResult } from './backend.ts';
import { LoyaltyError } from './errors.ts';
import { createLoyaltyModel } from './model.ts';
import { createRedemptionFlow } from './redemption-flow.ts';
import type { Customer, Program, Redemption } from './types.ts';

const program: Program = {
  id: 'p',
  name: 'P',
  currency: 'USD',
  earningRules: [],
  rewards: [],
  tiers: [],
  bonusEvents: [],
};
const customer: Customer = {
  id: 'c',
  balance: { available: 1000, pending: 0, lifetime: 1000 },
  redemptions: [],
  ruleUsage: [],
};

function redemption(id: string, status: Redemption['status'] = 'issued'): Redemption {
  return {
    id,
    rewardId: 'r500',
    rewardTitle: '$5 off',
    rewardKind: 'fixed_discount',
    pointsSpent: 500,
    code: `CODE-${id}`,
    status,
    createdAt: '2026-11-23T00:00:00Z',
  };
}

/** A backend that redeems once per idempotency key, like the real one, and can drop answers. */
function serverBackend() {
  const byKey = new Map<string, RedemptionResult>();
  let available = 1000;
  const issued: Redemption[] = [];
  const calls: RedeemRequest[] = [];
  let dropNext = false;
  let failNext: LoyaltyError | undefined;
  const backend: LoyaltyBackend = {
    getProgram: async () => program,
    // What the server holds now: a re-read shows what other tabs and lost answers did.
    getCustomer: async () => ({
      ...structuredClone(customer),
      balance: { available, pending: 0, lifetime: 1000 },
      redemptions: structuredClone(issued),
    }),
    getActivity: async () => ({ entries: [] }),
    async redeem(request) {
      calls.push(request);
      await Promise.resolve();
      if (failNext) {
        const error = failNext;
        failNext = undefined;
        throw error;
      }
      let result = byKey.get(request.idempotencyKey);
      if (!result) {
        available -= 500;
        result = {
          redemption: redemption(`r${byKey.size + 1}`),
          balance: { available, pending: 0, lifetime: 1000 },
        };
        byKey.set(request.idempotencyKey, result);
        issued.unshift(result.redemption);
      }
      if (dropNext) {
        dropNext = false;
        throw new LoyaltyError('network_error', 'response lost after commit');
      }
      return result;
    },
    cancelRedemption: vi.fn(async (id: string) => {
      await Promise.resolve();
      available += 500;
      issued.splice(
        issued.findIndex((r) => r.id === id),
        1,
      );
      return {
        redemption: redemption(id, 'cancelled'),
        balance: { available, pending: 0, lifetime: 1000 },
      };
    }),
    claimAction: vi.fn(),
    setBirthday: vi.fn(),
  };
  return {
    backend,
    calls,
    /** Another tab of the same member spends points: this page does not know. */
    spendElsewhere: (points: number) => {
      available -= points;
    },
    redeemed: () => byKey.size,
    dropNextResponse: () => {
      dropNext = true;
    },
    failNext: (error: LoyaltyError) => {
      failNext = error;
    },
  };
}

async function setup() {
  const server = serverBackend();
  const model = createLoyaltyModel(server.backend);
  await model.load();
  return { server, model, flow: createRedemptionFlow(model) };
}

describe('createRedemptionFlow', () => {
  it('redeems, updates the shared balance and lists the new code', async () => {
    const { model, flow } = await setup();
    const result = await flow.redeem('r500');
    expect(result.code).toBe('CODE-r1');
    expect(model.customer.value?.balance.available).toBe(500);
    expect(model.customer.value?.redemptions.map((r) => r.code)).toEqual(['CODE-r1']);
    expect(flow.intent.value).toMatchObject({ status: 'succeeded', rewardId: 'r500' });
  });

  it('sends one request for a double click (and for five rapid clicks)', async () => {
    const { server, flow } = await setup();
    const clicks = Array.from({ length: 5 }, () => flow.redeem('r500'));
    expect(flow.intent.value?.status).toBe('pending');
    const results = await Promise.all(clicks);
    expect(server.calls).toHaveLength(1);
    expect(server.redeemed()).toBe(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
  });

  it('refuses a second reward while one redemption is pending', async () => {
    const { server, flow } = await setup();
    const first = flow.redeem('r500');
    await expect(flow.redeem('other')).rejects.toMatchObject({ code: 'request_in_progress' });
    await first;
    expect(server.calls).toHaveLength(1);
  });

  it('recovers a response lost after the server committed: the retry replays, nothing is redeemed twice', async () => {
    const { server, model, flow } = await setup();
    server.dropNextResponse();
    await expect(flow.redeem('r500')).rejects.toMatchObject({ code: 'network_error' });
    expect(flow.intent.value).toMatchObject({ status: 'failed', retryable: true });

    const recovered = await flow.retry();
    expect(recovered.code).toBe('CODE-r1');
    expect(server.redeemed()).toBe(1);
    expect(server.calls.map((c) => c.idempotencyKey)).toEqual([
      server.calls[0]?.idempotencyKey,
      server.calls[0]?.idempotencyKey,
    ]);
    expect(model.customer.value?.balance.available).toBe(500);
  });

  it('treats clicking the same reward again after an unknown outcome as the same intent', async () => {
    const { server, flow } = await setup();
    server.dropNextResponse();
    await expect(flow.redeem('r500')).rejects.toThrow();
    await flow.redeem('r500');
    expect(server.redeemed()).toBe(1);
    expect(server.calls[1]?.idempotencyKey).toBe(server.calls[0]?.idempotencyKey);
  });

  it('starts a new intent with a new key after a definite refusal or a success', async () => {
    const { server, flow } = await setup();
    server.failNext(new LoyaltyError('insufficient_points', 'not enough', { status: 422 }));
    await expect(flow.redeem('r500')).rejects.toMatchObject({ code: 'insufficient_points' });
    expect(flow.intent.value).toMatchObject({ status: 'failed', retryable: false });
    await expect(flow.retry()).rejects.toMatchObject({ code: 'validation_failed' });

    await flow.redeem('r500');
    await flow.redeem('r500');
    const keys = server.calls.map((c) => c.idempotencyKey);
    expect(new Set(keys).size).toBe(3);
    expect(server.redeemed()).toBe(2);
  });

  it('passes variable points and the cart through', async () => {
    const { server, flow } = await setup();
    const cart = {
      currency: 'USD',
      lines: [{ productId: 'a', quantity: 1, unitPrice: { amountMinor: 100, currency: 'USD' } }],
    };
    await flow.redeem('r500', { points: 300, cart });
    expect(server.calls[0]).toMatchObject({ rewardId: 'r500', points: 300, cart });
  });

  it('cancels a code, refunds the balance and removes it from the unused codes', async () => {
    const { model, flow } = await setup();
    const issued = await flow.redeem('r500');
    const cancelled = await flow.cancel(issued.id);
    expect(cancelled.status).toBe('cancelled');
    expect(model.customer.value?.balance.available).toBe(1000);
    expect(model.customer.value?.redemptions).toEqual([]);
  });

  it('after a lost answer, the customer is read again: the balance shown is the server’s within moments', async () => {
    const { server, model, flow } = await setup();
    server.dropNextResponse();
    await expect(flow.redeem('r500')).rejects.toMatchObject({ code: 'network_error' });
    await vi.waitFor(() => expect(model.customer.value?.balance.available).toBe(500));
    // The code the server issued is where the shopper is told to look: My rewards.
    expect(model.customer.value?.redemptions.map((r) => r.code)).toEqual(['CODE-r1']);
    expect(server.redeemed()).toBe(1);
  });

  it('a refusal because another tab spent the points brings this tab to the server’s numbers', async () => {
    const { server, model, flow } = await setup();
    server.spendElsewhere(800);
    server.failNext(new LoyaltyError('insufficient_points', 'not enough', { status: 422 }));
    await expect(flow.redeem('r500')).rejects.toMatchObject({ code: 'insufficient_points' });
    await vi.waitFor(() => expect(model.customer.value?.balance.available).toBe(200));
  });

  it('drops a redemption answered after the shopper changed: no balance, no code, no intent for the next shopper', async () => {
    const { model, flow } = await setup();
    const guest = serverBackend().backend;
    guest.getCustomer = async () => null;
    const redeeming = flow.redeem('r500');
    void model.useBackend(guest);
    await expect(redeeming).rejects.toMatchObject({ code: 'identity_changed' });
    await vi.waitFor(() => expect(model.customer.value).toBeNull());
    expect(flow.intent.value).toBeUndefined();
    // The next shopper starts afresh: a new intent, not a replay of the last one's.
    expect(flow.cancellation('r1')).toBeUndefined();
  });

  it('the intent of a past shopper is not shown to the next one', async () => {
    const { model, flow } = await setup();
    await flow.redeem('r500');
    expect(flow.intent.value?.status).toBe('succeeded');
    await model.useBackend(serverBackend().backend);
    expect(flow.intent.value).toBeUndefined();
  });

  it('cancels once for three quick clicks, and not again once done', async () => {
    const { server, model, flow } = await setup();
    const issued = await flow.redeem('r500');
    const clicks = [flow.cancel(issued.id), flow.cancel(issued.id), flow.cancel(issued.id)];
    expect(flow.cancellation(issued.id)).toBe(clicks[0]);
    await Promise.all(clicks);
    await flow.cancel(issued.id);
    expect(server.backend.cancelRedemption).toHaveBeenCalledTimes(1);
    expect(model.customer.value?.balance.available).toBe(1000);
  });

  it('a failed cancel can be tried again', async () => {
    const { server, flow } = await setup();
    const issued = await flow.redeem('r500');
    vi.mocked(server.backend.cancelRedemption).mockRejectedValueOnce(
      new LoyaltyError('http_error', 'HTTP 503', { status: 503 }),
    );
    await expect(flow.cancel(issued.id)).rejects.toMatchObject({ code: 'http_error' });
    expect(flow.cancellation(issued.id)).toBeUndefined();
    await expect(flow.cancel(issued.id)).resolves.toMatchObject({ status: 'cancelled' });
    expect(server.backend.cancelRedemption).toHaveBeenCalledTimes(2);
  });
});
