import {
  affordableRewards,
  EARNING_RULE_KINDS,
  minorUnitDigits,
  REWARD_KINDS,
} from '@loyaltykit/core';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/engine.ts';
import { NOW } from '../test/api.ts';
import { SEEDS } from './index.ts';

const markets = Object.entries(SEEDS);

describe.each(markets)('the %s seed', (locale, seed) => {
  const engine = createEngine(seed, { now: () => NOW });
  const program = engine.program();

  it('speaks its market’s currency', () => {
    const currency = { en: 'USD', th: 'THB', ko: 'KRW', ar: 'SAR' }[locale];
    expect(program.currency).toBe(currency);
    for (const reward of program.rewards) {
      if ('value' in reward) expect(reward.value.currency).toBe(currency);
    }
    if (currency === 'KRW') expect(minorUnitDigits(currency)).toBe(0);
  });

  it('has every earning rule kind but custom, every reward kind and three tiers', () => {
    const ruleKinds = new Set(program.earningRules.map((rule) => rule.kind));
    expect([...ruleKinds].sort()).toEqual(EARNING_RULE_KINDS.filter((k) => k !== 'custom').sort());
    expect(new Set(program.rewards.map((reward) => reward.kind))).toEqual(new Set(REWARD_KINDS));
    expect(program.tiers).toHaveLength(3);
    expect(program.tiers[0]?.threshold).toBe(0);
    expect(program.referral?.referrerPoints).toBeGreaterThan(0);
  });

  it('has a bonus event live at the engine clock, whatever day it is', () => {
    for (const now of [NOW, Date.UTC(2031, 0, 1, 23, 59)]) {
      const [event] = createEngine(seed, { now: () => now }).program().bonusEvents;
      expect(Date.parse(event!.startsAt)).toBeLessThanOrEqual(now);
      expect(Date.parse(event!.endsAt)).toBeGreaterThan(now);
    }
  });

  it('gives each scenario the member it needs', () => {
    const member = engine.customer(seed.personas.member)!;
    expect(member.balance.pending).toBeGreaterThan(0);
    expect(member.redemptions).toHaveLength(1);
    expect(engine.activity(member.id).entries.length).toBeGreaterThan(8);
    expect(affordableRewards(program.rewards, member).length).toBeGreaterThan(0);

    const fresh = engine.customer(seed.personas.new_member)!;
    expect(engine.activity(fresh.id).entries).toHaveLength(1); // the signup points

    const vip = engine.customer(seed.personas.vip)!;
    expect(vip.tier?.currentTierId).toBe(program.tiers[1]?.id);
    expect(vip.tier?.toNext).toBeLessThanOrEqual(600);

    const low = engine.customer(seed.personas.low_balance)!;
    expect(affordableRewards(program.rewards, low)).toEqual([]);
  });
});

describe('the US store (the demo store’s programme)', () => {
  const engine = createEngine(SEEDS.en, { now: () => NOW });
  const program = engine.program();

  it('has a Gold member who can redeem the Gold-only gift card, and holds a free-shipping code', () => {
    const gift = program.rewards.find((reward) => reward.kind === 'gift_card')!;
    expect(gift.tierIds).toEqual(['tier_gold']);
    const olivia = engine.customer('cus_olivia')!;
    expect(olivia.tier?.currentTierId).toBe('tier_gold');
    expect(affordableRewards(program.rewards, olivia)).toContainEqual(gift);
    expect(olivia.redemptions.map((r) => r.rewardKind)).toEqual(['free_shipping']);
    // No other member may redeem it, whatever their balance.
    const sofia = engine.customer(SEEDS.en.personas.vip)!;
    expect(sofia.balance.available).toBeGreaterThan(gift.pointsPrice);
    expect(affordableRewards(program.rewards, sofia)).not.toContainEqual(gift);
  });
});
