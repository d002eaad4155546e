import type { Program } from '../types.ts';

/**
 * A small programme for rule tests: 5 points per $1, 3× on outerwear, gift
 * cards excluded, three tiers, a weekend double-points event for everyone and
 * a triple-points month for Gold members.
 */
export const testProgram: Program = {
  id: 'prg_test',
  name: 'Test Rewards',
  currency: 'USD',
  earningRules: [
    {
      id: 'order_usd',
      kind: 'order',
      title: 'Place an order',
      rate: { points: 5, per: { amountMinor: 100, currency: 'USD' } },
      multipliers: [{ multiplier: 3, collectionIds: ['outerwear'] }],
      excludedProductIds: ['gift-card'],
      excludedCollectionIds: ['clearance'],
    },
    {
      id: 'order_krw',
      kind: 'order',
      title: 'Place an order',
      rate: { points: 1, per: { amountMinor: 1000, currency: 'KRW' } },
    },
    { id: 'signup', kind: 'signup', title: 'Join', points: 200 },
  ],
  rewards: [
    {
      id: 'r500',
      kind: 'fixed_discount',
      title: '$5 off',
      pointsPrice: 500,
      value: { amountMinor: 500, currency: 'USD' },
    },
    {
      id: 'ship',
      kind: 'free_shipping',
      title: 'Free shipping',
      pointsPrice: 800,
      minimumOrder: { amountMinor: 5000, currency: 'USD' },
    },
    {
      id: 'gold',
      kind: 'gift_card',
      title: '$25 card',
      pointsPrice: 2500,
      value: { amountMinor: 2500, currency: 'USD' },
      tierIds: ['gold'],
    },
    {
      id: 'var',
      kind: 'variable',
      title: 'Spend any amount',
      pointsPrice: 100,
      pointsStep: 100,
      valueStep: { amountMinor: 100, currency: 'USD' },
      maxPoints: 5000,
    },
  ],
  tiers: [
    { id: 'bronze', name: 'Bronze', threshold: 0, multiplier: 1, perks: [] },
    { id: 'silver', name: 'Silver', threshold: 2000, multiplier: 1.25, perks: [] },
    { id: 'gold', name: 'Gold', threshold: 5000, multiplier: 1.5, perks: [] },
  ],
  bonusEvents: [
    {
      id: 'weekend',
      title: 'Double points weekend',
      multiplier: 2,
      startsAt: '2026-11-28T00:00:00Z',
      endsAt: '2026-11-30T00:00:00Z',
      scope: 'all',
    },
    {
      id: 'gold-acc',
      title: 'Triple points for Gold in November',
      multiplier: 3,
      startsAt: '2026-11-01T00:00:00Z',
      endsAt: '2026-12-01T00:00:00Z',
      scope: 'tiers',
      tierIds: ['gold'],
    },
  ],
};
