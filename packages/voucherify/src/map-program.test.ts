import { describe, expect, it } from 'vitest';
import { mapEarningRules, mapReward, mapTiers } from './map-program.ts';
import { spec } from './test/spec.ts';
import type { VoucherifyEarningRule, VoucherifyReward, VoucherifyTier } from './wire.ts';

// Mapped from the vendored documents' own examples, so the mapping reads
// what Voucherify documents it sends.
const rules = () =>
  (spec().example('list-earning-rules', 200) as unknown as { data: VoucherifyEarningRule[] }).data;
const tiers = () =>
  (spec().example('list-loyalty-tiers', 200) as unknown as { data: VoucherifyTier[] }).data;
const reward = (name: string) =>
  spec().example('get-reward-details', 200, name) as unknown as VoucherifyReward;
const assignment = (points?: number) => ({
  id: 'rewa_1',
  reward_id: 'rew_1',
  ...(points !== undefined && { parameters: { loyalty: { points } } }),
});

const NOW = Date.parse('2026-06-01T00:00:00Z');

describe('mapEarningRules', () => {
  it("maps the example campaign's rules: the order rule with line multipliers, fixed rules, and what it leaves out", () => {
    const mapped = mapEarningRules(rules(), { currency: 'USD', now: NOW });
    expect(mapped).toEqual([
      { id: 'ern_HnRXyJHoj3E79r3KUWhgMgtD', kind: 'custom', title: 'New Customers', points: 100 },
      {
        id: 'ern_BmDiQs7T3UHfJQqtI2RfJHFR',
        kind: 'order',
        title: 'Order paid',
        // "every": 1000 is $10.00.
        rate: { points: 1, per: { amountMinor: 1000, currency: 'USD' } },
        multipliers: [
          // 3 points per $10.00 of the collection's lines on top of the order's 1: 4×.
          { multiplier: 4, collectionIds: ['pc_75U0dHlr7u75BJodrW1AE3t6'] },
          // 1 point per $100.00 of one product on top: 1.1×.
          { multiplier: 1.1, productIds: ['prod_0bae32322150fd0546'] },
        ],
      },
      { id: 'ern_L8dFanPxJzhw0f5voTwPurGP', kind: 'custom', title: 'Custom Event', points: 3 },
    ]);
  });

  it('keeps a dated rule only within its dates', () => {
    // "Order has been paid - Fixed": 20 points from 2022-11-23 to 2022-11-30.
    const during = mapEarningRules(rules(), { currency: 'USD', now: Date.parse('2022-11-25') });
    expect(during.find((rule) => rule.id === 'ern_raVUcdXruvXGuzm682ESrAzt')).toMatchObject({
      kind: 'custom',
      points: 20,
    });
    const after = mapEarningRules(rules(), { currency: 'USD', now: NOW });
    expect(after.find((rule) => rule.id === 'ern_raVUcdXruvXGuzm682ESrAzt')).toBeUndefined();
  });

  it('makes a custom-event rule a claimable social action when its metadata names a network and a page', () => {
    const marked = rules().map((rule) =>
      rule.id === 'ern_L8dFanPxJzhw0f5voTwPurGP'
        ? {
            ...rule,
            metadata: {
              loyaltykit_network: 'tiktok',
              loyaltykit_url: 'https://www.tiktok.com/@shop',
              loyaltykit_kind: 'social_share',
            },
          }
        : rule,
    );
    expect(
      mapEarningRules(marked, { currency: 'USD', now: NOW }).find(
        (rule) => rule.id === 'ern_L8dFanPxJzhw0f5voTwPurGP',
      ),
    ).toEqual({
      id: 'ern_L8dFanPxJzhw0f5voTwPurGP',
      kind: 'social_share',
      title: 'Custom Event',
      points: 3,
      network: 'tiktok',
      url: 'https://www.tiktok.com/@shop',
      limit: { count: 1, per: 'lifetime' },
    });
  });

  it('states the order rate in the currency of the programme (¥10 for every 1000)', () => {
    const order = mapEarningRules(rules(), { currency: 'JPY', now: NOW }).find(
      (rule) => rule.kind === 'order',
    );
    expect(order).toMatchObject({ rate: { points: 1, per: { amountMinor: 10, currency: 'JPY' } } });
  });
});

describe('mapReward', () => {
  it('offers a discount coupon reward at its assignment price, worth what its campaign takes off', () => {
    const coupon = reward('Discount Coupon');
    expect(
      mapReward(
        {
          assignment: assignment(500),
          reward: coupon,
          discount: { type: 'AMOUNT', amount_off: 2000 },
        },
        'USD',
      ),
    ).toEqual({
      id: 'rew_Jhq0ecLGSx8eF4pFdlhFr9P6',
      title: '20% discount',
      pointsPrice: 500,
      kind: 'fixed_discount',
      value: { amountMinor: 2000, currency: 'USD' },
    });
    expect(
      mapReward(
        {
          assignment: assignment(500),
          reward: coupon,
          discount: { type: 'PERCENT', percent_off: 20 },
        },
        'USD',
      ),
    ).toMatchObject({ kind: 'percent_discount', percent: 20 });
    expect(
      mapReward(
        {
          assignment: assignment(500),
          reward: coupon,
          discount: { type: 'UNIT', unit_type: 'prod_5h1pp1ng' },
        },
        'USD',
      ),
    ).toMatchObject({ kind: 'free_shipping' });
  });

  it('offers a material reward as a free product, and leaves out what issues no code or costs no points', () => {
    const material = { ...reward('Material'), stock: 5, redeemed: 1 };
    expect(mapReward({ assignment: assignment(300), reward: material }, 'USD')).toEqual({
      id: 'rew_Dev2yQLodRV33UKPKHTUQWk1',
      title: 'Get a product',
      description: 'Product',
      pointsPrice: 300,
      kind: 'free_product',
      productId: 'prod_0b2ac1dab28985cb1e',
    });
    // Out of stock.
    expect(
      mapReward({ assignment: assignment(300), reward: { ...material, redeemed: 5 } }, 'USD'),
    ).toBeUndefined();
    // Pay with points applies to an order at Voucherify's checkout: no code to show.
    expect(
      mapReward({ assignment: assignment(100), reward: reward('Pay with Points') }, 'USD'),
    ).toBeUndefined();
    // An assignment without a points price cannot be bought with points.
    expect(mapReward({ assignment: assignment(), reward: material }, 'USD')).toBeUndefined();
    // A coupon reward whose campaign could not be read.
    expect(
      mapReward({ assignment: assignment(100), reward: reward('Discount Coupon') }, 'USD'),
    ).toBeUndefined();
  });
});

describe('mapTiers', () => {
  it("reads the example tiers: lower bounds, the order rule's multiplier, entry points", () => {
    const mapped = mapTiers(tiers(), rules(), 'ern_95aq3JaE5A8xzHjoJPYNRqXZ', NOW);
    expect(mapped).toEqual([
      {
        id: 'ltr_30KHciA0UG8B71Fo51GZqwgN',
        name: 'Bottom',
        threshold: 1,
        multiplier: 1,
        perks: [],
        // "Tier joined - Any": 1 point.
        entryPoints: 1,
      },
      {
        id: 'ltr_pudTGWasuIqxdiDM0go31OV1',
        name: 'Middle',
        threshold: 250,
        multiplier: 2,
        perks: [],
        // The Middle tier's own joined rule is proportional (not declarable); the any-tier rule pays.
        entryPoints: 1,
      },
      {
        id: 'ltr_7rVIPlPzdSFwpnbCcUXgwzH2',
        name: 'Tier 1 - Top',
        threshold: 500,
        multiplier: 3,
        perks: [],
        entryPoints: 1,
      },
    ]);
  });
});
