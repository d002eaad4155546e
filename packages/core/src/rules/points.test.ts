import { describe, expect, it } from 'vitest';
import type { Program } from '../types.ts';
import { testProgram as program } from './fixtures.ts';
import { parseMoney } from './money.ts';
import { activeBonusEvent, pointsForCart, pointsForLine, pointsForProduct } from './points.ts';

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });
const weekday = '2026-11-25T12:00:00Z'; // no bonus event for non-Gold
const weekend = '2026-11-28T12:00:00Z'; // double points for everyone

describe('pointsForProduct', () => {
  it('earns the base rate for a guest: 5 points per $1 on $59.00 is 295', () => {
    expect(
      pointsForProduct(program, { productId: 'tee', price: usd(5900) }, { now: weekday }).points,
    ).toBe(295);
  });

  it('rounds down once, never up: $0.99 earns 4 points, not 5', () => {
    expect(
      pointsForProduct(program, { productId: 'pin', price: usd(99) }, { now: weekday }).points,
    ).toBe(4);
  });

  it('multiplies by quantity before rounding: 3 × $0.99 earns 14 points', () => {
    expect(
      pointsForProduct(program, { productId: 'pin', price: usd(99), quantity: 3 }, { now: weekday })
        .points,
    ).toBe(14);
  });

  it('applies the member tier multiplier: Silver earns 1.25× (295 → 368)', () => {
    const line = pointsForProduct(
      program,
      { productId: 'tee', price: usd(5900) },
      { tierId: 'silver', now: weekday },
    );
    expect(line.points).toBe(368); // 368.75 rounded down
    expect(line.multiplier).toBe(1.25);
  });

  it('applies a collection multiplier: outerwear earns 3×', () => {
    const jacket = { productId: 'jacket', price: usd(18900), collectionIds: ['outerwear'] };
    expect(pointsForProduct(program, jacket, { now: weekday }).points).toBe(2835);
  });

  it('stacks product, tier and bonus multipliers and names the bonus event', () => {
    const jacket = { productId: 'jacket', price: usd(18900), collectionIds: ['outerwear'] };
    const line = pointsForProduct(program, jacket, { tierId: 'silver', now: weekend });
    // 945 base × 3 × 1.25 × 2 = 7087.5
    expect(line.points).toBe(7087);
    expect(line.bonusEvent?.id).toBe('weekend');
  });

  it('uses only the highest live bonus event, not their product', () => {
    // Gold on the weekend: the 3× Gold event and the 2× weekend are both live.
    const line = pointsForProduct(
      program,
      { productId: 'tee', price: usd(1000) },
      { tierId: 'gold', now: weekend },
    );
    expect(line.bonusEvent?.id).toBe('gold-acc');
    expect(line.points).toBe(225); // 50 × 1.5 × 3
  });

  it('earns nothing for an excluded product or collection, and says why', () => {
    const gift = pointsForProduct(
      program,
      { productId: 'gift-card', price: usd(5000) },
      { now: weekday },
    );
    expect(gift).toMatchObject({ points: 0, excluded: 'excluded_product' });
    const sale = pointsForProduct(
      program,
      { productId: 'old', price: usd(5000), collectionIds: ['clearance', 'outerwear'] },
      { now: weekday },
    );
    expect(sale).toMatchObject({ points: 0, excluded: 'excluded_product' });
  });

  it('handles a zero-decimal currency: 1 point per ₩1,000 on ₩59,900 is 59', () => {
    const price = parseMoney('59900', 'KRW');
    expect(price).toEqual({ amountMinor: 59900, currency: 'KRW' });
    expect(
      pointsForProduct(program, { productId: 'k', price: price! }, { now: weekday }).points,
    ).toBe(59);
  });

  it('earns nothing in a currency without an order rule', () => {
    const line = pointsForProduct(
      program,
      { productId: 't', price: { amountMinor: 59000, currency: 'THB' } },
      { now: weekday },
    );
    expect(line).toMatchObject({ points: 0, excluded: 'no_order_rule' });
  });

  it('respects an order rule limited to some tiers', () => {
    const vipOnly: Program = {
      ...program,
      earningRules: [
        {
          ...(program.earningRules[0] as Extract<
            Program['earningRules'][number],
            { kind: 'order' }
          >),
          tierIds: ['gold'],
        },
      ],
    };
    expect(
      pointsForProduct(vipOnly, { productId: 'tee', price: usd(1000) }, { now: weekday }).points,
    ).toBe(0);
    expect(
      pointsForProduct(
        vipOnly,
        { productId: 'tee', price: usd(1000) },
        { tierId: 'gold', now: weekday },
      ).points,
    ).toBe(225); // 50 × 1.5 (Gold) × 3 (Gold's November event)
  });

  it('stays exact where floats would not: 1.15 × 100 points is 115, not 114', () => {
    const odd: Program = {
      ...program,
      tiers: [{ id: 't', name: 'T', threshold: 0, multiplier: 1.15, perks: [] }],
    };
    // 20 × 5 = 100 base; 100 * 1.15 in floats is 114.99999999999999
    expect(
      pointsForProduct(odd, { productId: 'x', price: usd(2000) }, { tierId: 't', now: weekday })
        .points,
    ).toBe(115);
  });

  it('handles very large amounts without overflow', () => {
    const line = pointsForProduct(
      program,
      { productId: 'x', price: usd(9_000_000_000), quantity: 1000, collectionIds: ['outerwear'] },
      { tierId: 'gold', now: weekend },
    );
    expect(line.points).toBe((((9_000_000_000 * 1000 * 5) / 100) * 3 * 1.5 * 3) / 1); // 1.215e13, exact integer
  });
});

describe('activeBonusEvent', () => {
  it('is live from startsAt (inclusive) to endsAt (exclusive)', () => {
    expect(activeBonusEvent(program, {}, { now: '2026-11-28T00:00:00Z' })?.id).toBe('weekend');
    expect(activeBonusEvent(program, {}, { now: '2026-11-30T00:00:00Z' })).toBeUndefined();
    expect(
      activeBonusEvent(program, {}, { now: Date.parse('2026-11-27T23:59:59Z') }),
    ).toBeUndefined();
  });

  it('scopes collection events to lines in those collections', () => {
    const scoped: Program = {
      ...program,
      bonusEvents: [
        {
          id: 'c',
          title: 'Hats 4×',
          multiplier: 4,
          startsAt: weekday,
          endsAt: weekend,
          scope: 'collections',
          collectionIds: ['hats'],
        },
      ],
    };
    expect(
      activeBonusEvent(scoped, { collectionIds: ['hats'] }, { now: '2026-11-26T00:00:00Z' })?.id,
    ).toBe('c');
    expect(
      activeBonusEvent(scoped, { collectionIds: ['shoes'] }, { now: '2026-11-26T00:00:00Z' }),
    ).toBeUndefined();
  });
});

describe('pointsForCart', () => {
  it('is the sum of the lines, each rounded on its own, so product pages add up to the cart', () => {
    const cart = {
      currency: 'USD',
      lines: [
        { productId: 'pin', quantity: 1, unitPrice: usd(99) },
        { productId: 'pin2', quantity: 1, unitPrice: usd(99) },
        { productId: 'jacket', quantity: 1, unitPrice: usd(18900), collectionIds: ['outerwear'] },
        { productId: 'gift-card', quantity: 2, unitPrice: usd(2500) },
      ],
    };
    const result = pointsForCart(program, cart, { tierId: 'silver', now: weekday });
    const perProduct = cart.lines.map(
      (line) =>
        pointsForProduct(
          program,
          {
            productId: line.productId,
            price: line.unitPrice,
            quantity: line.quantity,
            collectionIds: line.collectionIds,
          },
          { tierId: 'silver', now: weekday },
        ).points,
    );
    expect(result.points).toBe(perProduct.reduce((a, b) => a + b, 0));
    expect(result.lines.map((l) => l.points)).toEqual([6, 6, 3543, 0]);
    expect(result.points).toBe(3555);
  });

  it('earns nothing for an empty cart', () => {
    expect(pointsForCart(program, { currency: 'USD', lines: [] }, { now: weekday })).toEqual({
      points: 0,
      lines: [],
    });
  });

  it('agrees with pointsForLine', () => {
    const line = { productId: 'tee', quantity: 2, unitPrice: usd(5900) };
    expect(
      pointsForCart(program, { currency: 'USD', lines: [line] }, { now: weekend }).points,
    ).toBe(pointsForLine(program, line, { now: weekend }).points);
  });
});

describe('points in THB, KRW, SAR and USD', () => {
  const money = (text: string, currency: string) => {
    const parsed = parseMoney(text, currency);
    if (!parsed) throw new Error(`bad amount ${text}`);
    return parsed;
  };
  const rule = (id: string, points: number, per: string, currency: string) => ({
    id,
    kind: 'order' as const,
    title: 'Place an order',
    rate: { points, per: money(per, currency) },
    excludedProductIds: ['gift-card'],
    excludedCollectionIds: ['sale'],
  });
  const stores: Program = {
    ...program,
    earningRules: [
      rule('thb', 1, '25.00', 'THB'), // 1 point per ฿25
      rule('krw', 1, '1000', 'KRW'), // 1 point per ₩1,000
      rule('sar', 1, '1.00', 'SAR'), // 1 point per SAR 1
      rule('usd', 5, '1.00', 'USD'), // 5 points per $1
    ],
    bonusEvents: [
      {
        id: 'double',
        title: 'Double points',
        multiplier: 2,
        startsAt: '2026-11-28T00:00:00Z',
        endsAt: '2026-11-30T00:00:00Z',
        scope: 'all',
      },
    ],
  };
  const points = (
    price: string,
    currency: string,
    options: { tierId?: string; now?: string; productId?: string; collectionIds?: string[] } = {},
  ) =>
    pointsForProduct(
      stores,
      {
        productId: options.productId ?? 'p',
        price: money(price, currency),
        collectionIds: options.collectionIds,
      },
      { tierId: options.tierId, now: options.now ?? weekday },
    ).points;

  it.each([
    // price, currency, guest, Silver (1.25×), Gold (1.5×) during double points
    ['590.00', 'THB', 23, 29, 70], // 23.6; 29.5; 70.8
    ['24.99', 'THB', 0, 1, 2], // 0.9996 rounds down; 1.2495; 2.9988
    ['59900', 'KRW', 59, 74, 179], // 59.9; 74.875; 179.7
    ['149.95', 'SAR', 149, 187, 449], // 149.95; 187.4375; 449.85
    ['59.00', 'USD', 295, 368, 885], // 295; 368.75; 885
  ])(
    '%s %s earns %i for a guest, %i for Silver, %i for Gold on a double-points day',
    (price, currency, guest, silver, goldBonus) => {
      expect(points(price, currency)).toBe(guest);
      expect(points(price, currency, { tierId: 'silver' })).toBe(silver);
      expect(points(price, currency, { tierId: 'gold', now: weekend })).toBe(goldBonus);
    },
  );

  it('rounds the shop’s written price at the currency’s precision before earning', () => {
    // ฿24.995 is ฿25.00 (half up, satang), which earns a point; ₩999.6 is ₩1,000.
    expect(points('24.995', 'THB')).toBe(1);
    expect(points('999.6', 'KRW')).toBe(1);
    expect(points('0.995', 'SAR')).toBe(1);
  });

  it('doubles only inside the bonus window: from startsAt, up to but not at endsAt', () => {
    expect(points('149.95', 'SAR', { now: '2026-11-27T23:59:59Z' })).toBe(149);
    expect(points('149.95', 'SAR', { now: '2026-11-28T00:00:00Z' })).toBe(299);
    expect(points('59900', 'KRW', { now: '2026-11-29T23:59:59Z' })).toBe(119);
    expect(points('59900', 'KRW', { now: '2026-11-30T00:00:00Z' })).toBe(59);
  });

  it('excludes products and collections in every currency, bonus or not', () => {
    for (const [price, currency] of [
      ['590.00', 'THB'],
      ['59900', 'KRW'],
      ['149.95', 'SAR'],
      ['59.00', 'USD'],
    ] as const) {
      expect(points(price, currency, { productId: 'gift-card', now: weekend })).toBe(0);
      expect(points(price, currency, { collectionIds: ['sale'], tierId: 'gold' })).toBe(0);
    }
  });

  it('earns nothing in a currency the programme has no rule for', () => {
    expect(points('100.00', 'EUR')).toBe(0);
  });
});

describe('a programme with a broken order rate', () => {
  const withRate = (per: number, points = 5): Program => ({
    ...program,
    earningRules: program.earningRules.map((rule) =>
      rule.kind === 'order' ? { ...rule, rate: { points, per: usd(per) } } : rule,
    ),
  });

  it('earns nothing (and does not throw) for a rate per $0.00 or per a negative amount', () => {
    for (const per of [0, -100]) {
      expect(
        pointsForProduct(withRate(per), { productId: 'tee', price: usd(5900) }, { now: weekday }),
      ).toMatchObject({ points: 0, excluded: 'no_order_rule' });
    }
  });

  it('never promises negative points', () => {
    expect(
      pointsForProduct(withRate(100, -5), { productId: 'tee', price: usd(5900) }, { now: weekday })
        .points,
    ).toBe(0);
  });
});
