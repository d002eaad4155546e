import type { LoyaltyLionSession } from '../backend.ts';
import type { components } from '../vendor/api.ts';
import getCustomerExample from './fixtures/get-customer.json' with { type: 'json' };

type Wire = components['schemas'];
type Member = Wire['CustomerEnrolled'];
type Claimed = Member['claimed_rewards'][number];
type ConfigReward = Wire['SiteConfiguration']['rewards'][number];
type ApiError = { error: { code?: string; message: string } };

/**
 * A free-product reward for the one journey the examples cannot show: a
 * cancel that refunds. The document publishes no example of a `product_cart`
 * reward, so this one is assembled field by field from its schema
 * (`RewardProductCart`), with the document's own sample values where it
 * gives any ("Free Water Bottle" is its example of a reward title, product
 * 100 the product of its example page URL). It is the only part of the fake's
 * data that is not an `@example` block.
 */
export const FREE_PRODUCT_REWARD = {
  id: 3,
  kind: 'product_cart',
  limit: null,
  properties: {
    product: {
      id: '100',
      handle: 'water-bottle',
      title: 'Water Bottle',
      url: 'https://store.example.com/products/100',
      image_url: null,
      variants: [{ id: '100-1', title: null, inventory_count: null, sort_key: 1 }],
    },
    max_redemptions_per_cart: 1,
    cart_requirements: { minimum_cart_total: null, minimum_line_item_count: null },
  },
  variants: [1, 2].map((tier) => ({
    tier_id: tier,
    title: 'Free Water Bottle',
    description: null,
    enabled: true,
    cost: { kind: 'fixed' as const, points: 300 },
    cost_text: '300 points',
  })),
} satisfies Wire['RewardProductCart'];

/** Options of {@link createFakeHeadlessApi}. */
export interface FakeHeadlessApiOptions {
  /** The site id the fake answers for. Default 123 (the document's example of a site URL). */
  siteId?: number;
  /** Adds {@link FREE_PRODUCT_REWARD} to the example's catalogue. Default true. */
  freeProduct?: boolean;
  /** The clock of claimed rewards and history actions. */
  now?: () => Date;
}

/** How the next redeem request fails, for the exactly-once tests. */
export type RedeemFault =
  /** The platform redeems, then the connection drops before the answer arrives. */
  | 'lost-after-commit'
  /** The platform fails before redeeming: 503. */
  | 'unavailable';

/** A LoyaltyLion Headless API in memory; see {@link createFakeHeadlessApi}. */
export interface FakeHeadlessApi {
  /** Answers requests to `https://api.loyaltylion.com/headless/2025-06/{siteId}/…`. */
  fetch: typeof fetch;
  siteId: number;
  /** A session for a member, as the merchant's server would mint it. Default the example's 1001. */
  session(customerId?: string): LoyaltyLionSession;
  /** Every session issued so far expires: the fake answers 401 to it. */
  expireSessions(): void;
  /** The requests answered so far (method, path and JSON body), oldest first. */
  readonly requests: { method: string; path: string; body?: unknown }[];
  /** Makes the next redeem request fail in a way whose outcome the client cannot see. */
  failNextRedeem(fault: RedeemFault): void;
  /** The member as the fake holds them now. */
  member(customerId?: string): Member;
  /** The site configuration, as a merchant's server would serve it to guests. */
  configuration(): Wire['SiteConfiguration'];
}

const MEMBER = '1001';
const stamp = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const refuse = (status: number, message: string, code?: string) =>
  json(status, { error: { ...(code && { code }), message } } satisfies ApiError);

/**
 * A fake of LoyaltyLion's Headless API for tests and the demo store, stateful
 * enough for a member's journey: it starts from the document's own example
 * of `GET /customers/{merchant_id}` (Alice, 500 points, a $5 discount
 * claimed), redeeming lowers her balance and claims a reward with a code, and
 * refunding a free product gives the points back. Session tokens are opaque
 * strings it issued; each authorizes one customer only. Every answer is typed
 * with the vendored document's schemas.
 */
export function createFakeHeadlessApi(options: FakeHeadlessApiOptions = {}): FakeHeadlessApi {
  const siteId = options.siteId ?? 123;
  const now = options.now ?? (() => new Date());
  const example = structuredClone(getCustomerExample) as Wire['CustomersGetCustomerResponseBody'];
  const configuration = example.configuration;
  if (options.freeProduct !== false)
    configuration.rewards.push(structuredClone(FREE_PRODUCT_REWARD));
  const members = new Map<string, Member>([[MEMBER, example.customer as Member]]);
  const sessions = new Map<string, { customerId: string; expired: boolean }>();
  const requests: FakeHeadlessApi['requests'] = [];
  let fault: RedeemFault | undefined;
  let issued = 0;
  let codes = 0;

  const memberOf = (id: string) => {
    const member = members.get(id);
    if (!member) throw new Error(`The fake has no customer ${id}`);
    return member;
  };

  const customerBody = (member: Member): Wire['CustomersGetCustomerResponseBody'] => ({
    channel: example.channel,
    currency: example.currency,
    language: example.language,
    customer: member,
    configuration,
  });

  /** The variant of a reward for this member's tier, as LoyaltyLion prices it. */
  const variantFor = (reward: ConfigReward, member: Member) =>
    reward.variants.find((v) => v.tier_id === (member.tier_membership?.tier_id ?? null)) ??
    reward.variants[0];

  function redeem(kind: string, body: Record<string, unknown>, member: Member): Response {
    const reward = configuration.rewards.find((r) => r.id === body.reward_id);
    if (!reward) return refuse(404, 'Reward not found', 'not_found');
    if (reward.kind !== kind) return refuse(422, 'Wrong kind of reward', 'reward_kind_mismatch');
    const variant = variantFor(reward, member);
    if (!variant?.enabled || variant.cost.kind !== 'fixed')
      return refuse(422, 'Not enabled', 'reward_not_enabled_for_customer');
    const cost = variant.cost.points;
    if (member.points_approved < cost)
      return refuse(422, 'Not enough points', 'insufficient_points');
    const claimedAt = stamp(now());
    const id = Math.max(0, ...member.claimed_rewards.map((c) => c.id)) + 1;
    const base = {
      id,
      claimed_at: claimedAt,
      reward_id: reward.id,
      title: variant.title,
      state: 'approved' as const,
      source: { kind: 'points_redemption' as const, points_cost: cost },
      auto_refund_at: null,
    };
    let claimed: Claimed;
    let answer: Record<string, unknown>;
    if (reward.kind === 'cart_discount_voucher') {
      const code = `LL-KIT${String(++codes).padStart(4, '0')}`;
      const { properties: p } = reward;
      const redeemable = {
        kind: 'cart_discount_voucher' as const,
        code,
        discount_type: p.discount_type,
        discount: p.discount,
        applies_to_order_type: p.applies_to_order_type,
        recurring_cycle_limit: p.recurring_cycle_limit,
        supports_active_subscriptions: p.supports_active_subscriptions ?? false,
        minimum_spend: p.minimum_spend,
        expires_at: null,
        used_at: null,
        usage_status: 'not_used' as const,
      };
      claimed = { ...base, redeemable };
      answer = {
        voucher_code: code,
        claimed_reward: { ...base, redeemable },
      } satisfies Omit<Wire['RewardsRedeemCartDiscountVoucherResponseBody'], 'customer'>;
    } else if (reward.kind === 'product_cart') {
      const variantId = body.variant_id;
      const cartId = body.cart_id;
      const product = reward.properties.product;
      const chosen = product.variants.find((v) => v.id === variantId);
      if (!chosen || typeof cartId !== 'string')
        return refuse(400, 'variant_id and cart_id needed');
      const cartRedemption = {
        id: `sfp-${id}`,
        claimed_reward_id: id,
        expires_at: stamp(new Date(now().getTime() + 24 * 3600 * 1000)),
        product: {
          ...product,
          variant: { id: chosen.id, title: chosen.title, inventory_count: null },
        },
        quantity: 1,
        cart_id: cartId,
        cart_line: {
          kind: 'shopify' as const,
          merchandise_id: chosen.id,
          product_id: product.id,
          quantity: 1,
          attributes: [{ key: '__lion_sfp_id', value: `sfp-${id}` }],
        },
        current_cart_state: null,
      };
      const redeemable = {
        kind: 'product_cart' as const,
        usage_status: 'not_used' as const,
        product: cartRedemption.product,
        quantity: 1,
        used_at: null,
        cart_line_identifier: `sfp-${id}`,
        active_cart_redemption: cartRedemption,
      };
      claimed = { ...base, redeemable };
      member.active_cart_redemptions.unshift(cartRedemption);
      answer = {
        active_cart_redemption: cartRedemption,
        claimed_reward: { ...base, redeemable },
      } satisfies Omit<Wire['RewardsRedeemProductCartResponseBody'], 'customer'>;
    } else {
      return refuse(422, 'Wrong kind of reward', 'reward_kind_mismatch');
    }
    member.points_approved -= cost;
    member.points_spent += cost;
    // LoyaltyLion lists the most recent 20 claimed rewards.
    member.claimed_rewards = [claimed, ...member.claimed_rewards].slice(0, 20);
    member.history.unshift({
      kind: 'redeemed_points_for_reward',
      label: variant.title,
      date: claimedAt,
      points: -cost,
      points_text: `-${cost} points`,
      reward: { id: reward.id, kind: reward.kind },
      claimed_reward_id: id,
      state: 'approved',
    });
    return json(201, { ...answer, customer: member });
  }

  function refund(body: Record<string, unknown>, member: Member): Response {
    const claimed = member.claimed_rewards.find((c) => c.id === body.claimed_reward_id);
    if (!claimed) return refuse(404, 'Claimed reward not found', 'not_found');
    const redeemable = claimed.redeemable;
    if (redeemable?.kind !== 'product_cart')
      return refuse(422, 'Only product rewards can be refunded', 'reward_kind_mismatch');
    if (claimed.state === 'void') return refuse(422, 'Already refunded', 'reward_already_refunded');
    if (redeemable.usage_status !== 'not_used')
      return refuse(422, 'Already used', 'reward_already_used');
    const cost = claimed.source.kind === 'points_redemption' ? claimed.source.points_cost : 0;
    claimed.state = 'void';
    redeemable.active_cart_redemption = null;
    member.active_cart_redemptions = member.active_cart_redemptions.filter(
      (r) => r.claimed_reward_id !== claimed.id,
    );
    member.points_approved += cost;
    member.points_spent -= cost;
    for (const action of member.history)
      if (action.kind === 'redeemed_points_for_reward' && action.claimed_reward_id === claimed.id)
        action.state = 'void';
    return json(200, {
      claimed_reward: { ...claimed, redeemable },
      customer: member,
    } satisfies Wire['RewardsRefundProductCartResponseBody']);
  }

  function setBirthday(body: Record<string, unknown>, member: Member): Response {
    const birthday = body.birthday as
      | Wire['CustomersSetBirthdayRequestBody']['birthday']
      | undefined;
    if (!birthday || !(birthday.month >= 1 && birthday.month <= 12))
      return refuse(422, 'Invalid date', 'invalid_date');
    const updated = member.birthday === null;
    if (updated) {
      member.birthday = { month: birthday.month, day: birthday.day };
      member.next_birthday = null;
    }
    const kept = member.birthday ?? birthday;
    return json(200, {
      updated,
      birthday: kept,
      customer: member,
    } satisfies Wire['CustomersSetBirthdayResponseBody']);
  }

  async function answer(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const prefix = `/headless/2025-06/${siteId}`;
    if (!url.pathname.startsWith(`${prefix}/`)) return refuse(404, 'Not found', 'not_found');
    const path = url.pathname.slice(prefix.length);
    const text = request.method === 'POST' ? await request.text() : '';
    const body = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
    requests.push({ method: request.method, path, ...(text && { body }) });

    const token = /^Bearer (.+)$/.exec(request.headers.get('Authorization') ?? '')?.[1];
    const session = token ? sessions.get(token) : undefined;
    if (!session || session.expired) return refuse(401, 'Invalid or expired session token');
    if (!request.headers.get('X-LoyaltyLion-Channel') && !url.searchParams.get('channel'))
      return refuse(400, 'A channel is required');
    // A session token acts for its own customer only.
    const forCustomer = (id: unknown) => id === session.customerId;

    if (request.method === 'GET' && path === '/configuration') return json(200, configuration);
    const customerPath = /^\/customers\/([^/]+)(\/birthday)?$/.exec(path);
    if (customerPath) {
      const id = decodeURIComponent(customerPath[1] ?? '');
      if (!forCustomer(id)) return refuse(403, 'This token is for another customer');
      const member = memberOf(id);
      if (request.method === 'GET' && !customerPath[2]) return json(200, customerBody(member));
      if (request.method === 'POST' && customerPath[2]) return setBirthday(body, member);
    }
    const rewardPath = /^\/rewards\/([a-z_]+)\/(redeem|refund)$/.exec(path);
    if (request.method === 'POST' && rewardPath) {
      if (rewardPath[2] === 'refund') return refund(body, memberOf(session.customerId));
      if (!forCustomer(body.customer_merchant_id))
        return refuse(403, 'This token is for another customer');
      const now = fault;
      fault = undefined;
      if (now === 'unavailable') return refuse(503, 'Service unavailable');
      const response = redeem(rewardPath[1] ?? '', body, memberOf(session.customerId));
      if (now === 'lost-after-commit') throw new TypeError('Failed to fetch');
      return response;
    }
    return refuse(404, 'Not found', 'not_found');
  }

  return {
    fetch: (input, init) => answer(new Request(input, init)),
    siteId,
    session(customerId = MEMBER) {
      const token = `fake-session-${++issued}`;
      sessions.set(token, { customerId, expired: false });
      return { token, customerId };
    },
    expireSessions() {
      for (const session of sessions.values()) session.expired = true;
    },
    requests,
    failNextRedeem(next) {
      fault = next;
    },
    member: (customerId = MEMBER) => memberOf(customerId),
    configuration: () => structuredClone(configuration),
  };
}
