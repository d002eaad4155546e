import type { Program, Tier } from '@loyaltykit/core';
import { describe, expect, it } from 'vitest';
import {
  mapBalance,
  mapPendingPoints,
  mapRedemption,
  mapTierStatus,
  mapTransaction,
} from './map-member.ts';
import { spec } from './test/spec.ts';
import type {
  VoucherifyMember,
  VoucherifyPendingPoints,
  VoucherifyRedemption,
  VoucherifyTier,
  VoucherifyTransaction,
} from './wire.ts';

// Read from the vendored documents' own examples.
const card = () => spec().example('get-member-1', 200) as unknown as VoucherifyMember;
const redeemed = (name: string) =>
  spec().example('redeem-reward-1', 200, name) as unknown as VoucherifyRedemption;
const transactions = () =>
  (
    spec().example('list-loyalty-card-transactions-1', 200) as unknown as {
      data: VoucherifyTransaction[];
    }
  ).data;

const tier = (id: string, threshold: number): Tier => ({
  id,
  name: id,
  threshold,
  multiplier: 1,
  perks: [],
});
const program: Pick<Program, 'tiers' | 'rewards' | 'currency'> = {
  tiers: [tier('bottom', 1), tier('middle', 250), tier('top', 500)],
  rewards: [],
  currency: 'USD',
};

describe('mapBalance', () => {
  it('reads the example card: balance is what can be spent, points what was ever earned, the next expiry', () => {
    expect(mapBalance(card(), Date.parse('2022-11-01T00:00:00Z'))).toEqual({
      available: 13135,
      pending: 0,
      lifetime: 13435,
      expiring: { points: 12, at: '2022-11-30T00:00:00.000Z' },
    });
  });

  it('shows no upcoming expiry once its date has passed, and counts pending points', () => {
    const member = card();
    member.loyalty_card = { ...member.loyalty_card, pending_points: 40 };
    expect(mapBalance(member, Date.parse('2022-12-01T00:00:00Z'))).toEqual({
      available: 13135,
      pending: 40,
      lifetime: 13435,
    });
  });
});

describe('mapTierStatus', () => {
  it('is where Voucherify holds the member, with progress to the next lower bound', () => {
    const middle = { id: 'middle', name: 'Middle', points: { from: 250, to: 499 } };
    expect(mapTierStatus(program, middle, 375)).toEqual({
      currentTierId: 'middle',
      nextTierId: 'top',
      progress: 0.5,
      toNext: 125,
    });
  });

  it('is the top tier at full progress with its expiration as the period end', () => {
    const [example] = (
      spec().example('list-member-loyalty-tier', 200) as unknown as { data: VoucherifyTier[] }
    ).data;
    const held = { ...(example as VoucherifyTier), id: 'top' };
    expect(mapTierStatus(program, held, 13135)).toEqual({
      currentTierId: 'top',
      progress: 1,
      periodEnd: '2023-02-28T00:00:00.000Z',
    });
  });

  it('is below the first tier when Voucherify holds the member in none', () => {
    expect(mapTierStatus(program, undefined, 0)).toEqual({
      nextTierId: 'bottom',
      progress: 0,
      toNext: 1,
    });
  });
});

describe('mapRedemption', () => {
  it('gives a discount coupon reward the coupon it issued as the code, worth its amount off', () => {
    const redemption = redeemed('Redeem Reward that gives a discount coupon');
    expect(mapRedemption(redemption, program)).toEqual({
      id: 'r_0c6b3ca77e0e60b534',
      rewardId: 'rew_MF4hKh1IKYgJkPjbcFbH94Ho',
      rewardTitle: 'Digital Present',
      rewardKind: 'custom',
      pointsSpent: 2,
      code: 'HAPPY-ORDERctb',
      status: 'issued',
      value: { amountMinor: 2000, currency: 'USD' },
      createdAt: '2023-02-06T09:16:18.808Z',
      expiresAt: '2022-09-30T00:00:00.000Z',
    });
  });

  it('takes title and kind from the programme when the reward is in it', () => {
    const redemption = redeemed('Redeem Reward that gives a discount coupon');
    const offered: typeof program = {
      ...program,
      rewards: [
        {
          id: 'rew_MF4hKh1IKYgJkPjbcFbH94Ho',
          title: '$20 off',
          pointsPrice: 2,
          kind: 'fixed_discount',
          value: { amountMinor: 2000, currency: 'USD' },
        },
      ],
    };
    expect(mapRedemption(redemption, offered)).toMatchObject({
      rewardTitle: '$20 off',
      rewardKind: 'fixed_discount',
    });
  });

  it('gives a gift card reward the credited card as the code, worth the credits added', () => {
    expect(
      mapRedemption(redeemed('Redeem Reward that adds credits to a gift card'), program),
    ).toMatchObject({
      code: 'GIFT-CARD-xwc6X7Tk',
      pointsSpent: 1,
      value: { amountMinor: 4000, currency: 'USD' },
    });
  });

  it('gives a material reward, which issues no voucher, its redemption id as the code', () => {
    const redemption = redeemed('Redeem a Material Reward of a Product Type');
    expect(mapRedemption(redemption, program)).toMatchObject({
      code: redemption.id,
      pointsSpent: 4,
    });
    expect(mapRedemption(redemption, program)).not.toHaveProperty('value');
  });

  it('is cancelled once rolled back', () => {
    const redemption = { ...redeemed('Redeem a Material Reward of a Product Type') };
    redemption.status = 'ROLLED_BACK';
    expect(mapRedemption(redemption, program).status).toBe('cancelled');
  });
});

describe('mapTransaction and mapPendingPoints', () => {
  it('maps every example transaction type to a ledger kind with its signed points and cause', () => {
    expect(transactions().map(mapTransaction)).toEqual([
      {
        id: 'vtx_0c9dd3c2e392f78613',
        kind: 'adjust',
        points: -1,
        description: 'Transferring points to card',
        createdAt: '2023-03-17T16:20:33.807Z',
      },
      expect.objectContaining({ kind: 'adjust', points: 100 }),
      expect.objectContaining({ kind: 'adjust', points: -1 }),
      expect.objectContaining({ kind: 'earn', points: 200, description: 'Order paid' }),
      expect.objectContaining({ kind: 'refund', points: 1000, description: '100 = $20' }),
      expect.objectContaining({ kind: 'redeem', points: -1000, description: '100 = $20' }),
      expect.objectContaining({ kind: 'adjust', points: 100 }),
      expect.objectContaining({ kind: 'adjust', points: -1 }),
      expect.objectContaining({ kind: 'adjust', points: -1 }),
    ]);
  });

  it('leaves out a transaction type it does not know', () => {
    const [first] = transactions();
    expect(
      mapTransaction({ ...(first as VoucherifyTransaction), type: 'POINTS_SOMETHING_NEW' }),
    ).toBe(undefined);
  });

  it('shows pending points as earned, spendable from their activation date', () => {
    const [pending] = (
      spec().example('list-member-pending-points-1', 200) as unknown as {
        data: VoucherifyPendingPoints[];
      }
    ).data;
    expect(mapPendingPoints(pending as VoucherifyPendingPoints)).toEqual({
      id: 'lopp_0ffdbd86f0120789f2',
      kind: 'earn',
      points: 1,
      description: 'Order-paid',
      createdAt: '2025-01-15T16:51:04.708Z',
      pendingUntil: '2025-01-16T00:00:00.000Z',
    });
  });
});
