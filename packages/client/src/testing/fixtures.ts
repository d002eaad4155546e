import type {
  ActionResult,
  ActivityPage,
  Cart,
  Customer,
  Program,
  Redemption,
  RedemptionResult,
} from '@loyaltykit/core';

// Response bodies for the client's own tests, written by hand so that they
// cover every variant of the contract and do not move when the mock engine's
// seeds change. Typed with the core types, so they stay valid domain values.

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

export const program: Program = {
  id: 'prg_test',
  name: 'Test Rewards',
  currency: 'USD',
  earningRules: [
    {
      id: 'earn_order',
      kind: 'order',
      title: 'Place an order',
      rate: { points: 5, per: usd(100) },
      multipliers: [{ multiplier: 2, collectionIds: ['outerwear'] }],
      excludedProductIds: ['gift-card'],
    },
    { id: 'earn_signup', kind: 'signup', title: 'Join', points: 200 },
    {
      id: 'earn_birthday',
      kind: 'birthday',
      title: 'Birthday',
      points: 300,
      limit: { count: 1, per: 'year' },
    },
    { id: 'earn_review', kind: 'review', title: 'Review', points: 50, photoPoints: 100 },
    {
      id: 'earn_ig',
      kind: 'social_follow',
      title: 'Follow us',
      points: 100,
      network: 'instagram',
      url: 'https://instagram.com/test',
    },
    { id: 'earn_ref', kind: 'referral', title: 'Refer a friend', points: 500 },
  ],
  rewards: [
    { id: 'rw_5off', kind: 'fixed_discount', title: '$5 off', pointsPrice: 500, value: usd(500) },
    { id: 'rw_10pct', kind: 'percent_discount', title: '10% off', pointsPrice: 1000, percent: 10 },
    {
      id: 'rw_ship',
      kind: 'free_shipping',
      title: 'Free shipping',
      pointsPrice: 800,
      minimumOrder: usd(2500),
    },
    {
      id: 'rw_spend',
      kind: 'variable',
      title: 'Spend any amount',
      pointsPrice: 100,
      pointsStep: 100,
      valueStep: usd(100),
      maxPoints: 5000,
      expiresInDays: 30,
    },
  ],
  tiers: [
    { id: 'tier_bronze', name: 'Bronze', threshold: 0, multiplier: 1, perks: [] },
    {
      id: 'tier_gold',
      name: 'Gold',
      threshold: 5000,
      multiplier: 1.5,
      perks: ['Free express shipping'],
      entryPoints: 250,
    },
  ],
  bonusEvents: [
    {
      id: 'bonus_weekend',
      title: 'Double points weekend',
      multiplier: 2,
      startsAt: '2026-05-01T00:00:00Z',
      endsAt: '2026-05-03T23:59:59Z',
      scope: 'all',
    },
  ],
  referral: { referrerPoints: 500, refereeReward: { kind: 'percent_discount', percent: 15 } },
  pendingDays: 14,
};

export const redemption: Redemption = {
  id: 'red_1',
  rewardId: 'rw_5off',
  rewardTitle: '$5 off',
  rewardKind: 'fixed_discount',
  pointsSpent: 500,
  code: 'LK-5OFF-AB12',
  status: 'issued',
  value: usd(500),
  createdAt: '2026-05-02T10:00:00Z',
};

export const customer: Customer = {
  id: 'cus_maya',
  firstName: 'Maya',
  balance: { available: 1250, pending: 120, lifetime: 3400 },
  tier: { currentTierId: 'tier_bronze', nextTierId: 'tier_gold', progress: 0.68, toNext: 1600 },
  redemptions: [redemption],
  ruleUsage: [{ ruleId: 'earn_signup', count: 1, lastAt: '2026-01-05T09:00:00Z' }],
};

export const activity: ActivityPage = {
  entries: [
    {
      id: 'led_2',
      kind: 'redeem',
      points: -500,
      description: '$5 off',
      createdAt: '2026-05-02T10:00:00Z',
    },
    {
      id: 'led_1',
      kind: 'earn',
      points: 120,
      description: 'Order #1001',
      createdAt: '2026-05-01T10:00:00Z',
      pendingUntil: '2026-05-15T10:00:00Z',
    },
  ],
  nextCursor: 'cur_2',
};

export const redemptionResult: RedemptionResult = {
  redemption,
  balance: { available: 750, pending: 120, lifetime: 3400 },
};

export const actionResult: ActionResult = {
  entry: {
    id: 'led_3',
    kind: 'earn',
    points: 100,
    description: 'Followed us on Instagram',
    createdAt: '2026-05-02T11:00:00Z',
  },
  balance: { available: 1350, pending: 120, lifetime: 3500 },
};

export const cart: Cart = {
  currency: 'USD',
  lines: [{ productId: 'tee-1', quantity: 2, unitPrice: usd(2500), collectionIds: ['tops'] }],
};
