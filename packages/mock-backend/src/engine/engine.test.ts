import { type Cart, isLoyaltyError, pointsForCart } from '@loyaltykit/core';
import { describe, expect, it } from 'vitest';
import { usStore } from '../seeds/us-store.ts';
import { createEngine } from './engine.ts';
import { DAY } from './time.ts';

const START = Date.UTC(2026, 4, 10, 12); // a Sunday in May
const MAYA = 'cus_maya';

function setup(start = START) {
  let now = start;
  const engine = createEngine(usStore, { now: () => now });
  return {
    engine,
    advance: (days: number) => {
      now += days * DAY;
    },
    at: () => now,
  };
}

const usd = (amountMinor: number, productId = 'linen-shirt', collectionIds?: string[]): Cart => ({
  currency: 'USD',
  lines: [
    {
      productId,
      quantity: 1,
      unitPrice: { amountMinor, currency: 'USD' },
      ...(collectionIds && { collectionIds }),
    },
  ],
});

function failure(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isLoyaltyError(error)) return { code: error.code, status: error.status };
    throw error;
  }
  throw new Error('expected a LoyaltyError');
}

describe('the seeded engine', () => {
  it('serves Maya as the demo store shows her: 1,250 available, 120 pending, 3,400 lifetime, Silver', () => {
    const maya = setup().engine.customer(MAYA)!;
    expect(maya.firstName).toBe('Maya');
    expect(maya.balance).toMatchObject({ available: 1250, pending: 120, lifetime: 3400 });
    expect(maya.tier).toMatchObject({ currentTierId: 'tier_silver', toNext: 1600 });
    expect(maya.redemptions).toHaveLength(1);
    expect(maya.redemptions[0]).toMatchObject({ rewardId: 'rw_5off', status: 'issued' });
    expect(setup().engine.customer('cus_nobody')).toBeUndefined();
  });

  it('is deterministic: the same seed and clock give the same state, codes included', () => {
    expect(setup().engine.snapshot()).toEqual(setup().engine.snapshot());
  });

  it('returns copies: mutating results changes nothing inside', () => {
    const { engine } = setup();
    const first = engine.customer(MAYA)!;
    first.balance.available = 999_999;
    engine.program().rewards.pop();
    expect(engine.customer(MAYA)!.balance.available).toBe(1250);
    expect(engine.program().rewards).toHaveLength(7);
  });
});

describe('earning from orders', () => {
  it('awards exactly pointsForCart at the member’s tier, pending for the return window', () => {
    const { engine, at } = setup();
    const cart = usd(4999);
    const promised = pointsForCart(engine.program(), cart, { tierId: 'tier_silver', now: at() });
    const outcome = engine.placeOrder(MAYA, cart);
    expect(outcome.points).toBe(promised.points);
    expect(outcome.points).toBe(312); // $49.99 × 5 × 1.25, rounded down
    expect(outcome.balance).toMatchObject({ available: 1250, pending: 120 + 312 });
    expect(outcome.entry).toMatchObject({
      kind: 'earn',
      points: 312,
      pendingUntil: new Date(at() + 14 * DAY).toISOString(),
    });
  });

  it('pending points become available when the return window ends', () => {
    const { engine, advance } = setup();
    engine.placeOrder(MAYA, usd(10_000));
    advance(13); // Maya's earlier 120 have matured by now, the new 625 not yet
    expect(engine.customer(MAYA)!.balance).toMatchObject({ available: 1370, pending: 625 });
    advance(1);
    expect(engine.customer(MAYA)!.balance).toMatchObject({ available: 1995, pending: 0 });
    const [latest] = engine.activity(MAYA).entries;
    expect(latest?.pendingUntil).toBeUndefined();
  });

  it('applies the live bonus event, as product pages promise', () => {
    const { engine, at } = setup();
    const jacket = usd(10_000, 'rain-jacket', ['outerwear']);
    const promised = pointsForCart(engine.program(), jacket, { tierId: 'tier_silver', now: at() });
    expect(promised.lines[0]?.bonusEvent?.id).toBe('bonus_outerwear');
    // 500 base × 2 (outerwear multiplier) × 1.25 (Silver) × 2 (this week's event)
    expect(engine.placeOrder(MAYA, jacket).points).toBe(2500);
  });

  it('a tier change pays the tier’s entry points once, and the new multiplier applies', () => {
    const { engine } = setup();
    // Sofia is Silver with 4,850 lifetime: 150 short of Gold.
    const sofia = engine.personas.vip;
    const outcome = engine.placeOrder(sofia, usd(2400)); // 120 × 1.25 = 150
    expect(outcome.points).toBe(150);
    const customer = engine.customer(sofia)!;
    expect(customer.tier?.currentTierId).toBe('tier_gold');
    expect(customer.balance.lifetime).toBe(4850 + 150 + 250);
    const [welcome] = engine.activity(sofia).entries;
    expect(welcome).toMatchObject({ kind: 'earn', points: 250, description: 'Welcome to Gold' });
    expect(engine.placeOrder(sofia, usd(1000)).points).toBe(75); // 50 × 1.5
    expect(engine.activity(sofia).entries.filter((e) => e.points === 250)).toHaveLength(1);
  });

  it('excluded products earn nothing and write no ledger line', () => {
    const { engine } = setup();
    const before = engine.activity(MAYA).entries.length;
    expect(engine.placeOrder(MAYA, usd(5000, 'gift-card'))).toMatchObject({ points: 0 });
    expect(engine.activity(MAYA).entries).toHaveLength(before);
  });
});

describe('expiry', () => {
  it('points expire a year after they were earned, oldest first, with an expire line', () => {
    const { engine, advance } = setup();
    const { expiring } = engine.customer(MAYA)!.balance;
    expect(expiring).toEqual({ points: 425, at: '2026-10-22T12:00:00.000Z' });
    advance(165);
    const maya = engine.customer(MAYA)!;
    expect(maya.balance.available).toBe(1250 + 120 - 425);
    expect(maya.balance.lifetime).toBe(3400);
    expect(engine.activity(MAYA).entries[0]).toMatchObject({
      kind: 'expire',
      points: -425,
      description: 'Points expired',
      createdAt: '2026-10-22T12:00:00.000Z',
    });
  });

  it('spending takes the points that expire first, so nothing spendable is lost', () => {
    const { engine } = setup();
    // Available: 425 expiring in October, 25 in November, 800 (a refund) next March.
    engine.redeem(MAYA, { rewardId: 'rw_5off' });
    expect(engine.customer(MAYA)!.balance.expiring).toEqual({
      points: 800 - (500 - 425 - 25),
      at: '2027-03-31T12:00:00.000Z',
    });
  });
});

describe('referrals', () => {
  it('a referred friend’s first order pays the referrer once and counts as converted', () => {
    const { engine } = setup();
    const mayaCode = engine.customer(MAYA)!.referral!.code;
    const friend = engine.enroll({ firstName: 'Ada', referralCode: mayaCode });
    expect(friend.balance.available).toBe(200); // signup rule
    expect(engine.customer(MAYA)!.referral).toMatchObject({ invited: 2, converted: 0 });

    engine.placeOrder(friend.id, usd(6000));
    engine.placeOrder(friend.id, usd(6000));
    const maya = engine.customer(MAYA)!;
    expect(maya.referral).toMatchObject({ invited: 2, converted: 1, pointsEarned: 500 });
    expect(maya.balance.pending).toBe(120 + 500);
    expect(engine.activity(MAYA).entries[0]).toMatchObject({
      points: 500,
      description: 'A friend placed their first order',
    });
  });

  it('a first order under the offer’s minimum pays nothing', () => {
    const { engine } = setup();
    const noah = engine.personas.new_member; // referred by Maya
    engine.placeOrder(noah, usd(4999));
    expect(engine.customer(MAYA)!.referral?.converted).toBe(0);
  });
});

describe('birthday', () => {
  it('pays in the birthday month, once a year, and can be set only once', () => {
    const { engine, advance } = setup(Date.UTC(2026, 3, 20, 12)); // April
    const noah = engine.personas.new_member;
    const set = engine.setBirthday(noah, { month: 5, day: 2 });
    expect(set.birthday).toEqual({ month: 5, day: 2 });
    expect(set.balance.available).toBe(200);
    expect(failure(() => engine.setBirthday(noah, { month: 6, day: 1 }))).toEqual({
      code: 'birthday_already_set',
      status: 409,
    });
    advance(11); // 1 May
    expect(engine.customer(noah)!.balance.available).toBe(500);
    advance(20);
    expect(engine.customer(noah)!.balance.available).toBe(500);
    advance(365); // May next year (the first year's points have expired meanwhile)
    expect(engine.customer(noah)!.balance).toMatchObject({ available: 300, lifetime: 800 });
    expect(engine.customer(noah)!.ruleUsage).toContainEqual(
      expect.objectContaining({ ruleId: 'earn_birthday', count: 1 }),
    );
  });

  it('refuses dates that do not exist', () => {
    const { engine } = setup();
    for (const date of [
      { month: 2, day: 30 },
      { month: 13, day: 1 },
      { month: 4, day: 31 },
      { month: 1.5, day: 1 },
    ]) {
      expect(failure(() => engine.setBirthday(MAYA, date))).toEqual({
        code: 'validation_failed',
        status: 422,
      });
    }
    expect(engine.setBirthday(MAYA, { month: 2, day: 29 }).birthday).toEqual({ month: 2, day: 29 });
  });
});

describe('action claims', () => {
  it('pays at once and respects the rule’s limit per calendar period', () => {
    const { engine, advance } = setup();
    const { entry, balance } = engine.claimAction(MAYA, 'earn_share');
    expect(entry).toMatchObject({
      kind: 'earn',
      points: 25,
      description: 'Share Harbor on Facebook',
    });
    expect(balance.available).toBe(1275);
    expect(failure(() => engine.claimAction(MAYA, 'earn_share'))).toEqual({
      code: 'action_limit_reached',
      status: 422,
    });
    advance(1); // Monday: a new week
    expect(engine.claimAction(MAYA, 'earn_share').balance.available).toBe(1300);
    // Maya followed on Instagram long ago: once per lifetime.
    expect(failure(() => engine.claimAction(MAYA, 'earn_instagram')).code).toBe(
      'action_limit_reached',
    );
  });

  it('unknown rules and rules that are not actions are 404', () => {
    const { engine } = setup();
    expect(failure(() => engine.claimAction(MAYA, 'nope'))).toEqual({
      code: 'not_found',
      status: 404,
    });
    expect(failure(() => engine.claimAction(MAYA, 'earn_birthday')).code).toBe('not_found');
  });
});

describe('redemptions', () => {
  it('issues a unique code, spends the points and writes a redeem line', () => {
    const { engine, at } = setup();
    const first = engine.redeem(MAYA, { rewardId: 'rw_5off' });
    const second = engine.redeem(MAYA, { rewardId: 'rw_5off' });
    expect(first.redemption).toMatchObject({
      rewardTitle: '$5 off your order',
      pointsSpent: 500,
      status: 'issued',
      value: { amountMinor: 500, currency: 'USD' },
      expiresAt: new Date(at() + 90 * DAY).toISOString(),
    });
    expect(first.redemption.code).toMatch(/^HARBOR-[A-Z2-9]{8}$/);
    expect(second.redemption.code).not.toBe(first.redemption.code);
    expect(second.balance.available).toBe(250);
    expect(engine.customer(MAYA)!.redemptions).toHaveLength(3);
  });

  it('refuses with the code rewardAvailability gives', () => {
    const { engine } = setup();
    const cases = [
      [{ rewardId: 'rw_gift25' }, 'tier_required'],
      [{ rewardId: 'rw_tote' }, 'insufficient_points'],
      [{ rewardId: 'rw_ship', cart: usd(2000) }, 'minimum_order_not_met'],
      [{ rewardId: 'rw_nope' }, 'reward_unavailable'],
      [{ rewardId: 'rw_5off', points: 400 }, 'reward_unavailable'],
    ] as const;
    for (const [input, code] of cases) {
      expect(
        failure(() => engine.redeem(MAYA, input)),
        input.rewardId,
      ).toEqual({ code, status: 422 });
    }
    expect(engine.redeem(MAYA, { rewardId: 'rw_ship', cart: usd(2500) }).balance.available).toBe(
      450,
    );
  });

  it('variable rewards take whole steps within the cap and the cart', () => {
    const { engine } = setup();
    const sofia = engine.personas.vip; // 3,850 available
    const bad = [2900, 3050, 10_100];
    for (const points of bad) {
      expect(failure(() => engine.redeem(sofia, { rewardId: 'rw_pay', points })).code).toBe(
        'reward_unavailable',
      );
    }
    expect(
      failure(() => engine.redeem(sofia, { rewardId: 'rw_pay', points: 3500, cart: usd(3000) }))
        .code,
    ).toBe('reward_unavailable');
    const { redemption } = engine.redeem(sofia, { rewardId: 'rw_pay', points: 3500 });
    expect(redemption).toMatchObject({
      pointsSpent: 3500,
      value: { amountMinor: 3500, currency: 'USD' },
    });
  });

  it('cancelling refunds once; repeating answers the same; used codes cannot be cancelled', () => {
    const { engine } = setup();
    const { redemption } = engine.redeem(MAYA, { rewardId: 'rw_10pct' });
    const cancelled = engine.cancelRedemption(MAYA, redemption.id);
    expect(cancelled.redemption.status).toBe('cancelled');
    expect(cancelled.balance.available).toBe(1250);
    expect(engine.cancelRedemption(MAYA, redemption.id)).toEqual(cancelled);
    expect(engine.activity(MAYA).entries[0]).toMatchObject({
      kind: 'refund',
      points: 1000,
      description: 'Refund: 10% off your order',
    });
    expect(failure(() => engine.cancelRedemption(MAYA, 'red_nope'))).toEqual({
      code: 'not_found',
      status: 404,
    });
    const used = engine.snapshot().members[MAYA]!.redemptions.find((r) => r.status === 'used')!;
    expect(failure(() => engine.cancelRedemption(MAYA, used.id))).toEqual({
      code: 'redemption_not_cancellable',
      status: 409,
    });
  });

  it('expired codes leave the customer’s list and cannot be cancelled', () => {
    const { engine, advance } = setup();
    const [open] = engine.customer(MAYA)!.redemptions;
    advance(81); // issued 10 days ago, valid for 90
    expect(engine.customer(MAYA)!.redemptions).toEqual([]);
    expect(failure(() => engine.cancelRedemption(MAYA, open!.id)).code).toBe(
      'redemption_not_cancellable',
    );
  });
});

describe('activity', () => {
  it('pages newest first with an opaque cursor until the end', () => {
    const { engine } = setup();
    const all = engine.activity(MAYA, { limit: 100 }).entries;
    expect(all.length).toBe(15);
    const first = engine.activity(MAYA, { limit: 6 });
    expect(first.entries).toEqual(all.slice(0, 6));
    const second = engine.activity(MAYA, { limit: 6, cursor: first.nextCursor });
    expect(second.entries).toEqual(all.slice(6, 12));
    const last = engine.activity(MAYA, { limit: 6, cursor: second.nextCursor });
    expect(last.entries).toEqual(all.slice(12));
    expect(last.nextCursor).toBeUndefined();
    expect(engine.activity(MAYA).entries).toHaveLength(15); // default page: 20
    expect(all.map((entry) => entry.createdAt)).toEqual(
      [...all.map((entry) => entry.createdAt)].sort().reverse(),
    );
  });

  it('refuses cursors it did not issue and silly limits', () => {
    const { engine } = setup();
    expect(failure(() => engine.activity(MAYA, { cursor: 'garbage' })).code).toBe(
      'validation_failed',
    );
    expect(failure(() => engine.activity(MAYA, { limit: 0 })).status).toBe(400);
    expect(failure(() => engine.activity(MAYA, { limit: 101 })).status).toBe(400);
  });
});

describe('quote', () => {
  it('is pointsForCart at the customer’s tier, or the base rate for guests', () => {
    const { engine } = setup();
    expect(engine.quote(usd(10_000)).points).toBe(500);
    expect(engine.quote(usd(10_000), MAYA).points).toBe(625);
  });
});
