import { LoyaltyError, type RedemptionResult } from '@loyaltykit/core';
import { describe, expect, it, vi } from 'vitest';
import { createExactlyOnce, type Found, type RedeemAttempt } from './exactly-once.ts';

const result = (id: string): RedemptionResult => ({
  redemption: {
    id,
    rewardId: '1',
    rewardTitle: '$5 discount',
    rewardKind: 'fixed_discount',
    pointsSpent: 500,
    code: `LL-${id}`,
    status: 'issued',
    createdAt: '2026-12-01T10:00:00Z',
  },
  balance: { available: 0, pending: 0, lifetime: 500 },
});
const found = (id: number): Found => ({ claimedRewardId: id, result: result(String(id)) });
const lost = () => new LoyaltyError('network_error', 'no response');

/** A platform whose claimed rewards the test sets, and whose redeem the test scripts. */
function platform(claimed: { id: number; rewardId: number }[] = [{ id: 1, rewardId: 1 }]) {
  const send = vi.fn<() => Promise<Found>>();
  const attempt: RedeemAttempt = {
    rewardId: 1,
    claimedBefore: vi.fn(async () => new Set(claimed.map((c) => c.id))),
    send,
    find: vi.fn(async (match) => {
      const hit = claimed.find(match);
      return hit && found(hit.id);
    }),
  };
  return { attempt, send, claimed };
}

describe('exactly-once redemptions without an idempotency key', () => {
  it('sends one request per intent: the same key replays the answer', async () => {
    const redeemOnce = createExactlyOnce();
    const { attempt, send } = platform();
    send.mockResolvedValueOnce(found(2));
    const first = await redeemOnce('key-1', attempt);
    expect(await redeemOnce('key-1', attempt)).toBe(first);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('joins a second call while the first is on the way', async () => {
    const redeemOnce = createExactlyOnce();
    const { attempt, send } = platform();
    send.mockResolvedValueOnce(found(2));
    const [a, b] = await Promise.all([redeemOnce('key-1', attempt), redeemOnce('key-1', attempt)]);
    expect(a).toBe(b);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('recovers a redemption whose answer was lost from the shopper’s claimed rewards, without sending again', async () => {
    const redeemOnce = createExactlyOnce();
    const { attempt, send, claimed } = platform();
    send.mockImplementationOnce(async () => {
      claimed.unshift({ id: 2, rewardId: 1 }); // the platform committed…
      throw lost(); // …and the answer never arrived
    });
    const recovered = await redeemOnce('key-1', attempt);
    expect(recovered.redemption.id).toBe('2');
    expect(send).toHaveBeenCalledTimes(1);
    expect(await redeemOnce('key-1', attempt)).toBe(recovered);
  });

  it('reads the claimed rewards again before a retry sends anything', async () => {
    const redeemOnce = createExactlyOnce();
    const { attempt, send, claimed } = platform();
    send.mockRejectedValueOnce(lost()); // nothing committed
    await expect(redeemOnce('key-1', attempt)).rejects.toMatchObject({ code: 'network_error' });
    // The first request lands late: by the retry, the platform holds its claim.
    claimed.unshift({ id: 2, rewardId: 1 });
    const retried = await redeemOnce('key-1', attempt);
    expect(retried.redemption.id).toBe('2');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('sends again on a retry when the read shows the first request did nothing', async () => {
    const redeemOnce = createExactlyOnce();
    const { attempt, send } = platform();
    send.mockRejectedValueOnce(new LoyaltyError('http_error', 'down', { status: 503 }));
    await expect(redeemOnce('key-1', attempt)).rejects.toMatchObject({ code: 'http_error' });
    send.mockResolvedValueOnce(found(2));
    expect((await redeemOnce('key-1', attempt)).redemption.id).toBe('2');
    expect(send).toHaveBeenCalledTimes(2);
    expect(attempt.find).toHaveBeenCalledTimes(2); // after the failure, and before the resend
  });

  it('never takes a claim that was there before the intent, or that another intent took', async () => {
    const redeemOnce = createExactlyOnce();
    const { attempt, send, claimed } = platform([]);
    send.mockImplementationOnce(async () => {
      claimed.unshift({ id: 7, rewardId: 1 });
      return found(7);
    });
    await redeemOnce('key-1', attempt); // claim 7 is key-1's
    send.mockRejectedValueOnce(lost()); // key-2's request did nothing
    // Even with a "before" that predates claim 7 (a stale read), key-2 does not take it.
    const stale = { ...attempt, claimedBefore: async () => new Set<number>() };
    await expect(redeemOnce('key-2', stale)).rejects.toMatchObject({ code: 'network_error' });
    send.mockRejectedValueOnce(lost());
    // And a claim that was there before the intent is not its result either.
    await expect(redeemOnce('key-3', attempt)).rejects.toMatchObject({ code: 'network_error' });
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('forgets a refused intent: nothing was redeemed, so the key may try afresh', async () => {
    const redeemOnce = createExactlyOnce();
    const { attempt, send } = platform();
    send.mockRejectedValueOnce(new LoyaltyError('insufficient_points', 'no', { status: 422 }));
    await expect(redeemOnce('key-1', attempt)).rejects.toMatchObject({
      code: 'insufficient_points',
    });
    expect(attempt.find).not.toHaveBeenCalled();
    send.mockResolvedValueOnce(found(2));
    expect((await redeemOnce('key-1', attempt)).redemption.id).toBe('2');
  });
});
