import { isLoyaltyError } from '@loyaltykit/core';
import { serveNode } from '@loyaltykit/gateway/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { voucherifyConnector } from './connector.ts';
import { startVoucherifyDemo, type VoucherifyDemo } from './test/demo.ts';
import { createFakeVoucherify, FAKE_APP_ID, FAKE_SECRET_KEY } from './test/fake.ts';
import { SOCIAL_RULE_ID } from './test/world.ts';

// The connector against the fake Voucherify API on a loopback port: each test
// starts a fresh fake, so every journey begins from the documents' examples.

/** The LoyaltyError a call throws or rejects with: its code and status. */
async function refusal(call: () => unknown) {
  try {
    await call();
  } catch (error) {
    if (isLoyaltyError(error)) return { code: error.code, status: error.status };
    throw error;
  }
  throw new Error('expected a refusal');
}

let demo: VoucherifyDemo;
beforeEach(async () => {
  demo = await startVoucherifyDemo();
});
afterEach(async () => {
  // Nothing any test did may have left the document.
  expect(demo.fake.violations).toEqual([]);
  await demo.close();
});

const couponReward = 'rew_MF4hKh1IKYgJkPjbcFbH94Ho';

describe('the member', () => {
  it('is the customer whose source_id the token names, with her loyalty card', async () => {
    const customer = await demo.connector.customer(demo.member);
    expect(customer).toMatchObject({
      id: 'alice.morgan@email.com',
      firstName: 'Alice',
      // The card example's balance and lifetime points; the pending-points example's three points.
      balance: { available: 13135, lifetime: 13435, pending: 3 },
      // 13,135 points hold the top tier (the campaign qualifies by balance).
      tier: { currentTierId: 'ltr_7rVIPlPzdSFwpnbCcUXgwzH2', progress: 1 },
      redemptions: [],
      ruleUsage: [],
    });
    // Its expiry date, 2022-11-30, has passed.
    expect(customer?.balance).not.toHaveProperty('expiring');
  });

  it('is no one for a customer Voucherify does not know (the gateway answers 401)', async () => {
    expect(await demo.connector.customer('someone.else@example.com')).toBeUndefined();
  });

  it("asks Voucherify for the campaign's card of the customer by source_id (the fake refuses calls without the project keys)", async () => {
    await demo.connector.customer(demo.member);
    expect(demo.fake.calls).toContain(
      'GET /v1/loyalties/camp_fkZ28pe7DUAEmmabofkxHI8N/members?customer=alice.morgan%40email.com&limit=1',
    );
    expect(demo.fake.calls).toContain('GET /v1/customers/alice.morgan%40email.com');
  });
});

describe('a redemption', () => {
  it('spends the price, issues a coupon of the reward campaign, and a rollback refunds it once', async () => {
    const program = await demo.connector.program();
    expect(program.rewards.find((reward) => reward.id === couponReward)).toMatchObject({
      title: 'Digital Present',
      kind: 'fixed_discount',
      pointsPrice: 2,
      value: { amountMinor: 2000, currency: 'USD' },
    });

    const issued = await demo.connector.redeem(demo.member, { rewardId: couponReward });
    expect(issued.balance.available).toBe(13133);
    // The coupon campaign's code_config: prefix "$20OFFORDER-" and eight characters.
    expect(issued.redemption).toMatchObject({
      rewardId: couponReward,
      pointsSpent: 2,
      status: 'issued',
      value: { amountMinor: 2000, currency: 'USD' },
    });
    expect(issued.redemption.code).toMatch(/^\$20OFFORDER-[0-9A-Za-z]{8}$/);
    const open = await demo.connector.customer(demo.member);
    expect(open?.redemptions).toEqual([issued.redemption]);

    const cancelled = await demo.connector.cancelRedemption(demo.member, issued.redemption.id);
    expect(cancelled.redemption).toEqual({ ...issued.redemption, status: 'cancelled' });
    expect(cancelled.balance.available).toBe(13135);
    const again = await demo.connector.cancelRedemption(demo.member, issued.redemption.id);
    expect(again).toEqual(cancelled);
    expect(demo.fake.calls.filter((call) => call.includes('/rollback'))).toHaveLength(1);
    expect((await demo.connector.customer(demo.member))?.redemptions).toEqual([]);

    const activity = await demo.connector.activity(demo.member, { limit: 2 });
    expect(activity.entries.slice(3, 5)).toEqual([
      expect.objectContaining({ kind: 'refund', points: 2, description: 'Digital Present' }),
      expect.objectContaining({ kind: 'redeem', points: -2, description: 'Digital Present' }),
    ]);
  });

  it('is refused before Voucherify is asked when the card is short of points', async () => {
    const card = demo.fake.world.card.loyalty_card as { balance: number };
    card.balance = 1;
    expect(
      await refusal(() => demo.connector.redeem(demo.member, { rewardId: couponReward })),
    ).toEqual({
      code: 'insufficient_points',
      status: 422,
    });
    expect(demo.fake.calls.some((call) => call.endsWith('/redemption'))).toBe(false);
  });

  it('is refused for a reward the campaign does not offer, or a points amount it does not take', async () => {
    expect(
      await refusal(() => demo.connector.redeem(demo.member, { rewardId: 'rew_nope' })),
    ).toEqual({
      code: 'reward_unavailable',
      status: 422,
    });
    expect(
      await refusal(() =>
        demo.connector.redeem(demo.member, { rewardId: couponReward, points: 50 }),
      ),
    ).toEqual({ code: 'reward_unavailable', status: 422 });
  });

  it('of another card is not found for this member, and cannot be cancelled by them', async () => {
    const issued = await demo.connector.redeem(demo.member, { rewardId: couponReward });
    demo.fake.world.card.id = 'v_someone_elses_card';
    expect(
      await refusal(() => demo.connector.cancelRedemption(demo.member, issued.redemption.id)),
    ).toEqual({ code: 'not_found', status: 404 });
    expect(await refusal(() => demo.connector.cancelRedemption(demo.member, 'r_nope'))).toEqual({
      code: 'not_found',
      status: 404,
    });
  });

  it('of a material reward has the redemption id as its code', async () => {
    const issued = await demo.connector.redeem(demo.member, {
      rewardId: 'rew_EPx1hCTpqzF0HW1z9NKckZH4',
    });
    expect(issued.redemption.code).toBe(issued.redemption.id);
    expect(issued.redemption.rewardKind).toBe('free_product');
  });
});

describe('an action claim', () => {
  it('sends the rule’s custom event for the card, is paid once, and is then refused', async () => {
    const program = await demo.connector.program();
    expect(program.earningRules.find((rule) => rule.id === SOCIAL_RULE_ID)).toMatchObject({
      kind: 'social_follow',
      network: 'instagram',
      points: 3,
    });
    const claimed = await demo.connector.claimAction(demo.member, SOCIAL_RULE_ID);
    expect(claimed.entry).toMatchObject({ kind: 'earn', points: 3 });
    expect(claimed.balance.available).toBe(13138);
    expect(demo.fake.calls).toContain('POST /v1/events');
    expect((await demo.connector.customer(demo.member))?.ruleUsage).toEqual([
      { ruleId: SOCIAL_RULE_ID, count: 1, lastAt: claimed.entry.createdAt },
    ]);
    expect(await refusal(() => demo.connector.claimAction(demo.member, SOCIAL_RULE_ID))).toEqual({
      code: 'action_limit_reached',
      status: 422,
    });
    expect(demo.fake.calls.filter((call) => call === 'POST /v1/events')).toHaveLength(1);
  });

  it('is not found for a rule that is not a social action', async () => {
    expect(
      await refusal(() => demo.connector.claimAction(demo.member, 'ern_HnRXyJHoj3E79r3KUWhgMgtD')),
    ).toEqual({ code: 'not_found', status: 404 });
  });
});

describe('what Voucherify cannot do here', () => {
  it('declares it, and refuses a birthday', async () => {
    expect((await demo.connector.program()).capabilities).toEqual({
      cancelRedemption: true,
      variableRewards: false,
      birthday: false,
      actions: true,
      referrals: false,
      activity: true,
      quote: false,
    });
    expect(demo.connector.quote).toBeUndefined();
    expect(
      await refusal(() => demo.connector.setBirthday(demo.member, { month: 3, day: 9 })),
    ).toEqual({ code: 'not_found', status: 404 });
  });
});

describe('the programme', () => {
  it('is read once per programTtlMs, and again at once after a failed read', async () => {
    const fake = createFakeVoucherify();
    const served = await serveNode(fake.handle, { port: 0 });
    let now = 0;
    let down = true;
    const flaky: typeof fetch = (input, init) =>
      down ? Promise.reject(new TypeError('network down')) : fetch(input, init);
    const connector = voucherifyConnector({
      apiUrl: served.url,
      appId: FAKE_APP_ID,
      secretKey: FAKE_SECRET_KEY,
      campaignId: String(fake.world.campaign.id),
      currency: 'USD',
      programTtlMs: 60_000,
      now: () => now,
      fetch: flaky,
    });
    const reads = () => fake.calls.filter((call) => call.includes('/earning-rules')).length;
    try {
      await expect(connector.program()).rejects.toThrow('network down');
      down = false;
      await connector.program();
      now += 59_999;
      await connector.program();
      expect(reads()).toBe(1);
      now += 1;
      await connector.program();
      expect(reads()).toBe(2);
      expect(fake.violations).toEqual([]);
    } finally {
      await served.close();
    }
  });
});
