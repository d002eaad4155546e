import type { LoyaltyBackend } from '@loyaltykit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLoyaltyLionBackend, type LoyaltyLionOptions } from './backend.ts';
import { createFakeHeadlessApi, type FakeHeadlessApi } from './testing/fake-headless-api.ts';
import instagramExample from './testing/fixtures/complete-instagram-follow.json';
import getCustomerExample from './testing/fixtures/get-customer.json';
import type { components } from './vendor/api.ts';

type Wire = components['schemas'];

function setUp(options: Partial<LoyaltyLionOptions> & { fake?: FakeHeadlessApi } = {}) {
  const fake =
    options.fake ?? createFakeHeadlessApi({ now: () => new Date('2026-12-01T10:00:00Z') });
  const tokenProvider = vi.fn(() => fake.session());
  const backend = createLoyaltyLionBackend({
    siteId: fake.siteId,
    tokenProvider,
    fetch: fake.fetch,
    cartId: () => 'cart-1',
    sleep: async () => {},
    ...options,
  });
  const posts = () => fake.requests.filter((r) => r.method === 'POST');
  return { fake, backend, tokenProvider, posts };
}

/** A fetch that answers every request with one body, for replaying a published example. */
const replay =
  (routes: Record<string, unknown>): typeof fetch =>
  async (input, init) => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname.replace(/^\/headless\/2025-06\/\d+/, '');
    const body = routes[path];
    return body === undefined
      ? new Response('{"error":{"message":"Not found"}}', { status: 404 })
      : new Response(JSON.stringify(body), { status: 200 });
  };

const session = () => ({ token: 'a-session-token', customerId: '1001' });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the programme, from the example configuration', () => {
  it('lists the ways to earn and the rewards LoyaltyLion can redeem, in minor units', async () => {
    const { backend } = setUp();
    const program = await backend.getProgram();
    expect(program).toMatchObject({ id: 'loyaltylion-123', name: 'Lion Rewards', currency: 'USD' });
    expect(program.earningRules).toEqual([
      {
        id: '1',
        kind: 'order',
        title: 'Make a purchase',
        description: 'Earn points every time you shop with us',
        rate: { points: 5, per: { amountMinor: 100, currency: 'USD' } },
      },
      {
        id: '2',
        kind: 'custom',
        title: 'Visit our online store',
        points: 100,
        limit: { count: 1, per: 'week' },
      },
    ]);
    expect(program.rewards).toEqual([
      {
        id: '1',
        kind: 'fixed_discount',
        title: '$5 discount',
        description: 'Spend your points on $5 off your next order',
        pointsPrice: 500,
        value: { amountMinor: 500, currency: 'USD' },
        minimumOrder: { amountMinor: 1000, currency: 'USD' },
      },
      // Reward 2 (points at checkout) has no redeem endpoint: not offered.
      {
        id: '3',
        kind: 'free_product',
        title: 'Free Water Bottle',
        pointsPrice: 300,
        productId: '100',
      },
    ]);
    // The example's tiers are spend tiers, which our points tiers cannot express.
    expect(program.tiers).toEqual([]);
  });

  it('declares what LoyaltyLion allows: a cancel refunds free products only', async () => {
    const withCart = await setUp().backend.getProgram();
    expect(withCart.capabilities).toEqual({
      cancelRedemption: true,
      variableRewards: false,
      birthday: true,
      actions: false,
      referrals: false,
      activity: true,
      quote: false,
    });
    // Without a cart to put it in, the free product is not offered, and nothing can be cancelled.
    const noCart = await setUp({ cartId: undefined }).backend.getProgram();
    expect(noCart.rewards.map((r) => r.id)).toEqual(['1']);
    expect(noCart.capabilities?.cancelRedemption).toBe(false);
  });

  it('reads a guest’s programme from the merchant’s copy of the configuration', async () => {
    const guestConfiguration = vi.fn(async () => getCustomerExample.configuration);
    const { backend, fake } = setUp({ tokenProvider: () => null, guestConfiguration });
    expect((await backend.getProgram()).name).toBe('Lion Rewards');
    expect(await backend.getCustomer()).toBeNull();
    expect(fake.requests).toEqual([]);
    const none = setUp({ tokenProvider: () => null }).backend;
    await expect(none.getProgram()).rejects.toMatchObject({ code: 'unauthorized' });
  });
});

describe('the member, from the example customer', () => {
  it('has her balance, birthday, unused code and rule usage', async () => {
    const { backend, fake } = setUp();
    expect(await backend.getCustomer()).toEqual({
      id: '1001',
      firstName: 'Alice',
      birthday: { month: 6, day: 22 },
      balance: { available: 500, pending: 200, lifetime: 1000 },
      redemptions: [
        {
          id: '1',
          rewardId: '1',
          rewardTitle: '$5 discount',
          rewardKind: 'fixed_discount',
          pointsSpent: 500,
          code: 'LL-XAIA8471',
          status: 'issued',
          value: { amountMinor: 500, currency: 'USD' },
          createdAt: '2025-06-03T00:00:00Z',
          expiresAt: '2026-06-03T00:00:00Z',
        },
      ],
      ruleUsage: [
        { ruleId: '1', count: 22, lastAt: '2025-06-10T05:08:37.582Z' },
        { ruleId: '2', count: 1, lastAt: '2025-06-10T07:44:24.537Z' },
        { ruleId: '3', count: 3, lastAt: '2025-06-10T05:08:37.582Z' },
      ],
    });
    // The session's own customer, on the channel LoyaltyLion filters by.
    expect(fake.requests[0]).toEqual({ method: 'GET', path: '/customers/1001' });
  });

  it('reads her history as the activity ledger, newest first', async () => {
    const { backend } = setUp();
    const { entries, nextCursor } = await backend.getActivity();
    expect(
      entries.map(({ kind, points, description, createdAt }) => ({
        kind,
        points,
        description,
        createdAt,
      })),
    ).toEqual([
      {
        kind: 'redeem',
        points: -500,
        description: '$5 discount',
        createdAt: '2025-06-03T15:00:00Z',
      },
      {
        kind: 'earn',
        points: 500,
        description: 'Joined program',
        createdAt: '2025-06-01T15:00:00Z',
      },
    ]);
    expect(nextCursor).toBeUndefined();
    expect((await backend.getActivity('older')).entries).toEqual([]);
  });

  it('is a guest without a session', async () => {
    const { backend, fake } = setUp({ tokenProvider: () => undefined });
    expect(await backend.getCustomer()).toBeNull();
    expect(fake.requests).toEqual([]);
  });
});

describe('a member’s journey over the fake', () => {
  it('redeems, cancels where LoyaltyLion refunds, and keeps the balance right', async () => {
    const { backend, fake, posts } = setUp();
    await backend.getProgram();

    const bottle = await backend.redeem({ rewardId: '3', idempotencyKey: 'k-bottle' });
    expect(bottle.balance.available).toBe(200);
    expect(bottle.redemption).toMatchObject({
      rewardKind: 'free_product',
      pointsSpent: 300,
      code: 'sfp-2',
    });
    expect(posts().at(-1)).toEqual({
      method: 'POST',
      path: '/rewards/product_cart/redeem',
      body: { reward_id: 3, customer_merchant_id: '1001', variant_id: '100-1', cart_id: 'cart-1' },
    });

    const cancelled = await backend.cancelRedemption(bottle.redemption.id);
    expect(cancelled.redemption.status).toBe('cancelled');
    expect(cancelled.balance.available).toBe(500);

    const voucher = await backend.redeem({ rewardId: '1', idempotencyKey: 'k-voucher' });
    expect(voucher.redemption).toMatchObject({
      code: 'LL-KIT0001',
      status: 'issued',
      pointsSpent: 500,
    });
    expect(voucher.balance.available).toBe(0);
    expect((await backend.getCustomer())?.redemptions.map((r) => r.code)).toEqual([
      'LL-KIT0001',
      'LL-XAIA8471',
    ]);

    // A voucher is not refunded by LoyaltyLion: the cancel is refused, typed.
    await expect(backend.cancelRedemption(voucher.redemption.id)).rejects.toMatchObject({
      code: 'redemption_not_cancellable',
    });
    await expect(
      backend.redeem({ rewardId: '1', idempotencyKey: 'k-again' }),
    ).rejects.toMatchObject({
      code: 'insufficient_points',
    });

    const { entries } = await backend.getActivity();
    expect(entries.slice(0, 3).map((e) => [e.kind, e.points])).toEqual([
      ['redeem', -500],
      ['refund', 300],
      ['redeem', -300],
    ]);
    expect(fake.member().points_approved).toBe(0);
  });

  it('refuses what LoyaltyLion cannot do before sending anything', async () => {
    const { backend, posts } = setUp();
    await expect(backend.redeem({ rewardId: '2', idempotencyKey: 'k' })).rejects.toMatchObject({
      code: 'reward_unavailable',
    });
    await expect(
      backend.redeem({ rewardId: '1', points: 300, idempotencyKey: 'k' }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    const noCart = setUp({ cartId: () => undefined });
    await expect(
      noCart.backend.redeem({ rewardId: '3', idempotencyKey: 'k' }),
    ).rejects.toMatchObject({
      code: 'reward_unavailable',
    });
    expect([...posts(), ...noCart.posts()]).toEqual([]);
  });

  it('records a birthday once', async () => {
    const { backend } = setUp();
    await expect(backend.setBirthday({ month: 1, day: 2 })).rejects.toMatchObject({
      code: 'birthday_already_set',
    });
  });
});

describe('session tokens', () => {
  it('are refreshed through the tokenProvider when LoyaltyLion refuses one, and the call repeated', async () => {
    const { backend, fake, tokenProvider } = setUp();
    await backend.getCustomer();
    fake.expireSessions();
    expect((await backend.getCustomer())?.balance.available).toBe(500);
    expect(tokenProvider).toHaveBeenCalledTimes(2);
  });

  it('end in unauthorized when the provider has no fresh one', async () => {
    const fake = createFakeHeadlessApi();
    const tokenProvider = vi.fn().mockReturnValueOnce(fake.session()).mockReturnValue(null);
    const { backend } = setUp({ fake, tokenProvider });
    await backend.getCustomer();
    fake.expireSessions();
    await expect(backend.getCustomer()).rejects.toMatchObject({
      code: 'unauthorized',
      status: 401,
    });
  });
});

describe('exactly once, without an idempotency key', () => {
  it('recovers a redemption whose answer was lost, with one request', async () => {
    const { backend, fake, posts } = setUp();
    await backend.getCustomer();
    fake.failNextRedeem('lost-after-commit');
    const result = await backend.redeem({ rewardId: '1', idempotencyKey: 'k-1' });
    expect(result.redemption.code).toBe('LL-KIT0001');
    expect(result.balance.available).toBe(0);
    // The flow's retry with the same key replays; nothing is sent again.
    expect(await backend.redeem({ rewardId: '1', idempotencyKey: 'k-1' })).toBe(result);
    expect(posts()).toHaveLength(1);
    expect(fake.member().points_spent).toBe(1000);
  });

  it('re-reads the claimed rewards before a retry sends the request again', async () => {
    const { backend, fake, posts } = setUp();
    await backend.getCustomer();
    fake.failNextRedeem('unavailable');
    await expect(backend.redeem({ rewardId: '1', idempotencyKey: 'k-1' })).rejects.toMatchObject({
      code: 'http_error',
      status: 503,
    });
    const gets = fake.requests.filter((r) => r.method === 'GET').length;
    const retried = await backend.redeem({ rewardId: '1', idempotencyKey: 'k-1' });
    expect(retried.redemption.code).toBe('LL-KIT0001');
    expect(posts()).toHaveLength(2);
    expect(fake.requests.filter((r) => r.method === 'GET').length).toBe(gets + 1);
    expect(fake.member().claimed_rewards.filter((c) => c.reward_id === 1)).toHaveLength(2);
  });
});

describe('reading strictly and forward-compatibly', () => {
  const routes = (customer: unknown) => ({
    '/configuration': getCustomerExample.configuration,
    '/customers/1001': { ...getCustomerExample, customer },
  });
  const backendOver = (doFetch: typeof fetch): LoyaltyBackend =>
    createLoyaltyLionBackend({
      siteId: 123,
      tokenProvider: session,
      fetch: doFetch,
      sleep: async () => {},
    });

  it('drops what it cannot read, with one warning, and keeps the rest', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const configuration = structuredClone(getCustomerExample.configuration);
    (configuration.rules as unknown[]).push({
      id: 9,
      kind: 'metaverse_visit',
      limit: null,
      variants: [],
    });
    const backend = backendOver(replay({ '/configuration': configuration }));
    const program = await backend.getProgram();
    expect(program.earningRules.map((r) => r.id)).toEqual(['1', '2']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[1])).toMatch(/rules\[2\]\.kind/);
  });

  it('rejects a customer it cannot trust with invalid_response', async () => {
    const customer = { ...getCustomerExample.customer, points_approved: '500' };
    const backend = backendOver(replay(routes(customer)));
    await expect(backend.getCustomer()).rejects.toMatchObject({ code: 'invalid_response' });
  });

  it('reads a member who has not joined as a guest', async () => {
    const guest = {
      id: 2,
      merchant_id: '1001',
      email: null,
      first_name: null,
      last_name: null,
      state: 'guest',
    };
    expect(await backendOver(replay(routes(guest))).getCustomer()).toBeNull();
  });
});

describe('claiming a social action', () => {
  // The example configuration has no social rule: this one is assembled from the schema of
  // RuleInstagramFollow, titled as the completion example labels it.
  const instagram = {
    id: 1,
    kind: 'instagram_follow',
    limit: { count: 1, interval: null },
    properties: { instagram_handle: 'lionrewards' },
    variants: [
      {
        tier_id: 1,
        title: 'Follow us on Instagram',
        description: null,
        enabled: true,
        result: { kind: 'points', per_currency_unit: null, points: 100 },
        result_short_text: '100 points',
      },
    ],
  } satisfies Wire['RuleInstagramFollow'];

  it('replays the published completion: the points earned and the new balance', async () => {
    const configuration = { ...getCustomerExample.configuration, rules: [instagram] };
    const backend = createLoyaltyLionBackend({
      siteId: 123,
      tokenProvider: session,
      fetch: replay({
        '/configuration': configuration,
        '/rules/instagram_follow/complete': instagramExample,
      }),
    });
    const program = await backend.getProgram();
    expect(program.earningRules).toEqual([
      {
        id: '1',
        kind: 'social_follow',
        title: 'Follow us on Instagram',
        points: 100,
        network: 'instagram',
        url: 'https://www.instagram.com/lionrewards',
        limit: { count: 1, per: 'lifetime' },
      },
    ]);
    expect(program.capabilities?.actions).toBe(true);
    const { entry, balance } = await backend.claimAction('1');
    expect(entry).toMatchObject({
      kind: 'earn',
      points: 100,
      description: 'Follow us on Instagram',
    });
    expect(balance).toEqual({ available: 500, pending: 200, lifetime: 1000 });
  });
});
