import {
  type ActivityPage,
  type Customer,
  type LoyaltyBackend,
  LoyaltyError,
  type Program,
  type RedeemRequest,
  type RedemptionResult,
} from '@loyaltykit/core';

/** Test data: a programme with every page's material, and a Silver member with 1,250 points. */
export const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

export const testProgram: Program = {
  id: 'p',
  name: 'Harbor Rewards',
  currency: 'USD',
  earningRules: [
    {
      id: 'order',
      kind: 'order',
      title: 'Place an order',
      rate: { points: 5, per: usd(100) },
    },
    {
      id: 'signup',
      kind: 'signup',
      title: 'Create an account',
      points: 200,
      limit: { count: 1, per: 'lifetime' },
    },
    {
      id: 'follow',
      kind: 'social_follow',
      title: 'Follow us',
      points: 50,
      network: 'instagram',
      url: 'https://instagram.example/harbor',
      limit: { count: 1, per: 'lifetime' },
    },
    {
      id: 'birthday',
      kind: 'birthday',
      title: 'Birthday treat',
      points: 300,
      limit: { count: 1, per: 'year' },
    },
  ],
  rewards: [
    { id: 'r500', kind: 'fixed_discount', title: '$5 off', pointsPrice: 500, value: usd(500) },
    { id: 'r2000', kind: 'free_product', title: 'Free tote', pointsPrice: 2000, productId: 'tote' },
    {
      id: 'gold',
      kind: 'gift_card',
      title: '$25 card',
      pointsPrice: 100,
      value: usd(2500),
      tierIds: ['gold'],
    },
    {
      id: 'var',
      kind: 'variable',
      title: 'Any amount',
      pointsPrice: 100,
      pointsStep: 100,
      valueStep: usd(100),
    },
  ],
  tiers: [
    { id: 'silver', name: 'Silver', threshold: 0, multiplier: 1, perks: ['Birthday gift'] },
    {
      id: 'gold',
      name: 'Gold',
      threshold: 5000,
      multiplier: 1.5,
      perks: ['Free express shipping'],
    },
  ],
  bonusEvents: [],
  referral: { referrerPoints: 500, refereeReward: { kind: 'fixed_discount', value: usd(1000) } },
};

export const testCustomer: Customer = {
  id: 'c',
  firstName: 'Maya',
  balance: { available: 1250, pending: 0, lifetime: 1250 },
  tier: { currentTierId: 'silver', nextTierId: 'gold', progress: 0.25, toNext: 3750 },
  referral: {
    code: 'MAYA10',
    url: 'https://shop.example/r/MAYA10',
    invited: 3,
    converted: 1,
    pointsEarned: 500,
  },
  redemptions: [],
  ruleUsage: [{ ruleId: 'signup', count: 1, lastAt: '2026-01-01T00:00:00Z' }],
};

/**
 * A backend for component tests that behaves like the contract says: one
 * redemption per idempotency key, refunds on cancel, cursor pages. Each
 * redemption waits for `answer()`, so tests can click while it is in flight,
 * and `next` makes the next answer get lost or refused. Codes issued here can
 * be cancelled once.
 */
export function fakeBackend(
  program: Program = testProgram,
  customer: Customer | null = testCustomer,
  activity: ActivityPage[] = [{ entries: [] }],
) {
  const byKey = new Map<string, RedemptionResult>();
  // Every code the customer holds, seeded and issued here: what cancel can find.
  const codes = new Map(customer?.redemptions.map((r) => [r.id, r]));
  let available = customer?.balance.available ?? 0;
  const requests: RedeemRequest[] = [];
  const next: { lose?: boolean; refuse?: LoyaltyError } = {};
  const waiting: (() => void)[] = [];
  const balance = () => ({ available, pending: 0, lifetime: customer?.balance.lifetime ?? 0 });

  const backend: LoyaltyBackend = {
    getProgram: async () => structuredClone(program),
    // What the server holds now (balance, unused codes): a re-read after a lost answer shows it.
    getCustomer: async () =>
      customer && {
        ...structuredClone(customer),
        balance: balance(),
        redemptions: [...codes.values()].filter((r) => r.status === 'issued').reverse(),
      },
    getActivity: async (cursor) => activity[cursor ? Number(cursor) : 0] ?? { entries: [] },
    async redeem(request) {
      requests.push(request);
      await new Promise<void>((resolve) => waiting.push(resolve));
      if (next.refuse) throw next.refuse;
      let result = byKey.get(request.idempotencyKey);
      if (!result) {
        const reward = program.rewards.find((r) => r.id === request.rewardId);
        const spent = request.points ?? reward?.pointsPrice ?? 0;
        available -= spent;
        result = {
          redemption: {
            id: `red${byKey.size + 1}`,
            rewardId: request.rewardId,
            rewardTitle: reward?.title ?? request.rewardId,
            rewardKind: reward?.kind ?? 'custom',
            pointsSpent: spent,
            code: `SAVE-${byKey.size + 1}`,
            status: 'issued',
            createdAt: '2026-11-23T00:00:00Z',
          },
          balance: balance(),
        };
        byKey.set(request.idempotencyKey, result);
        codes.set(result.redemption.id, result.redemption);
      }
      if (next.lose) {
        next.lose = false;
        throw new LoyaltyError('network_error', 'answer lost');
      }
      return result;
    },
    async cancelRedemption(id) {
      const issued = codes.get(id);
      if (issued?.status !== 'issued')
        throw new LoyaltyError('not_found', 'no such redemption', { status: 404 });
      const cancelled = { ...issued, status: 'cancelled' as const };
      codes.set(id, cancelled);
      available += issued.pointsSpent;
      return { redemption: cancelled, balance: balance() };
    },
    async claimAction(ruleId) {
      const rule = program.earningRules.find((r) => r.id === ruleId);
      if (!rule || rule.kind === 'order')
        throw new LoyaltyError('not_found', 'no such action', { status: 404 });
      available += rule.points;
      return {
        entry: {
          id: `e-${ruleId}`,
          kind: 'earn',
          points: rule.points,
          description: rule.title,
          createdAt: '2026-11-23T00:00:00Z',
        },
        balance: balance(),
      };
    },
    async setBirthday(birthday) {
      if (!customer) throw new LoyaltyError('unauthorized', 'guest', { status: 401 });
      if (customer.birthday)
        throw new LoyaltyError('birthday_already_set', 'set once', { status: 409 });
      return { ...structuredClone(customer), balance: balance(), birthday };
    },
  };
  return {
    backend,
    requests,
    next,
    redeemed: () => byKey.size,
    /** Lets the oldest waiting redemption answer. */
    answer: () => waiting.shift()?.(),
  };
}
