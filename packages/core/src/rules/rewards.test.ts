import { describe, expect, it } from 'vitest';
import type { Customer, Reward } from '../types.ts';
import { testProgram as program } from './fixtures.ts';
import {
  affordableRewards,
  cartSubtotal,
  cheapestRedeemable,
  maxVariablePoints,
  redeemableNow,
  rewardAvailability,
  variableRewardValue,
} from './rewards.ts';

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });
const member = (available: number, tierId = 'silver'): Pick<Customer, 'balance' | 'tier'> => ({
  balance: { available, pending: 0, lifetime: available },
  tier: { currentTierId: tierId, progress: 0 },
});
const reward = (id: string) => program.rewards.find((r) => r.id === id) as Reward;
type Variable = Extract<Reward, { kind: 'variable' }>;

describe('rewardAvailability', () => {
  it('is available with enough points', () => {
    expect(rewardAvailability(reward('r500'), member(500))).toEqual({ status: 'available' });
  });

  it('says how many points are missing', () => {
    expect(rewardAvailability(reward('r500'), member(320))).toEqual({
      status: 'insufficient_points',
      missing: 180,
    });
  });

  it('says how much more the cart needs for a minimum order', () => {
    expect(rewardAvailability(reward('ship'), member(1000), usd(3000))).toEqual({
      status: 'minimum_order',
      missing: usd(2000),
    });
    expect(rewardAvailability(reward('ship'), member(1000), usd(5000))).toEqual({
      status: 'available',
    });
    // without a cart, the minimum cannot be judged yet: it does not hide the reward
    expect(rewardAvailability(reward('ship'), member(1000))).toEqual({ status: 'available' });
  });

  it('locks tier-restricted rewards first, whatever the balance', () => {
    expect(rewardAvailability(reward('gold'), member(99999))).toEqual({
      status: 'tier_locked',
      tierIds: ['gold'],
    });
    expect(rewardAvailability(reward('gold'), member(2500, 'gold'))).toEqual({
      status: 'available',
    });
    expect(rewardAvailability(reward('gold'), { balance: member(9999).balance })).toMatchObject({
      status: 'tier_locked',
    });
  });
});

describe('affordableRewards', () => {
  it('lists what can be redeemed now for this cart, cheapest first', () => {
    const ids = affordableRewards([...program.rewards].reverse(), member(1000), usd(3000)).map(
      (r) => r.id,
    );
    expect(ids).toEqual(['var', 'r500']); // shipping needs a $50 cart, the gift card needs Gold
  });

  it('is empty for a balance below every price', () => {
    expect(affordableRewards(program.rewards, member(50))).toEqual([]);
  });
});

describe('variable rewards', () => {
  const variable = reward('var') as Variable;

  it('values whole steps only', () => {
    expect(variableRewardValue(variable, 350)).toEqual(usd(300));
  });

  it('caps the spend at the balance, the reward’s maximum and the cart', () => {
    expect(maxVariablePoints(variable, 1234)).toBe(1200);
    expect(maxVariablePoints(variable, 99999)).toBe(5000);
    expect(maxVariablePoints(variable, 99999, usd(2050))).toBe(2000); // no discount above the $20.50 cart
    expect(maxVariablePoints(variable, 99)).toBe(0);
  });
});

describe('cartSubtotal', () => {
  it('sums line prices times quantities', () => {
    expect(
      cartSubtotal({
        currency: 'USD',
        lines: [
          { productId: 'a', quantity: 2, unitPrice: usd(1999) },
          { productId: 'b', quantity: 1, unitPrice: usd(1) },
        ],
      }),
    ).toEqual(usd(3999));
  });

  it('refuses a line in another currency', () => {
    expect(() =>
      cartSubtotal({
        currency: 'USD',
        lines: [{ productId: 'a', quantity: 1, unitPrice: { amountMinor: 1, currency: 'THB' } }],
      }),
    ).toThrow(RangeError);
  });
});

describe('a negative balance (refunded orders clawed back) or a nonsense price', () => {
  const free: Reward = { ...reward('r500'), id: 'free', pointsPrice: 0 };
  const negative: Reward = { ...reward('r500'), id: 'neg', pointsPrice: -100 };
  const stepless = { ...(reward('var') as Variable), pointsStep: 0, pointsPrice: 0 };

  it('never offers a reward while the balance is below zero, not even a free one', () => {
    const owing = member(-5000);
    const all = [...program.rewards, free, stepless];
    expect(affordableRewards(all, owing)).toEqual([]);
    expect(cheapestRedeemable(all, owing)).toBeUndefined();
    expect(all.some((r) => redeemableNow(r, owing))).toBe(false);
    expect(rewardAvailability(free, owing)).toEqual({
      status: 'insufficient_points',
      missing: 5000,
    });
    expect(maxVariablePoints(reward('var') as Variable, -5000)).toBe(0);
  });

  it('never offers a reward with a negative price or a variable reward without steps', () => {
    expect(redeemableNow(negative, member(1000))).toBe(false);
    expect(affordableRewards([negative, stepless], member(1000))).toEqual([]);
    expect(maxVariablePoints(stepless, 1000)).toBe(0);
  });
});
