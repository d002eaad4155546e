import {
  array,
  boolean,
  type Infer,
  integer,
  number,
  object,
  oneOf,
  optional,
  parse,
  restriction,
  type Schema,
  SchemaError,
  string,
  variant,
} from '@loyaltykit/client/adapter-kit';
import type {
  EarningRule,
  Money,
  Program,
  Reward,
  RuleLimit,
  SocialNetwork,
  Tier,
} from '@loyaltykit/core';
import { as, fields, isoCurrency, limit, money, type Wire } from './wire.ts';

type RuleKind = Wire['SiteConfiguration']['rules'][number]['kind'];
type RewardKind = Wire['SiteConfiguration']['rewards'][number]['kind'];

/** The redeem endpoints this adapter calls: the reward kinds it offers. */
export type RedeemEndpoint = Extract<
  RewardKind,
  'cart_discount_voucher' | 'free_shipping_voucher' | 'product_cart'
>;

/** What a redeem request needs that our `Reward` does not carry. */
export interface RedeemTarget {
  endpoint: RedeemEndpoint;
  rewardId: number;
  /** The one product variant of a `product_cart` reward. */
  variantId?: string;
}

/** The social rules a shopper can complete from the widgets, by their complete endpoint. */
export type ActionEndpoint = Extract<
  RuleKind,
  'facebook_like' | 'twitter_follow' | 'instagram_follow' | 'tiktok_follow'
>;

/** The programme, and what the adapter needs to act on its ids. */
export interface ReadProgram {
  program: Program;
  rewards: Map<string, RedeemTarget>;
  actions: Map<string, { endpoint: ActionEndpoint; ruleId: number }>;
  dropped: string[];
}

const ruleVariant = object(
  fields<Wire['RuleBirthday']['variants'][number]>()({
    tier_id: restriction(integer()),
    title: string(),
    description: optional(string()),
    enabled: boolean(),
    result: variant('kind', {
      points: object(
        fields<Wire['RuleResultPoints']>()({
          per_currency_unit: restriction(number()),
          points: integer(),
        }),
      ),
      reward: object({}),
    }),
  }),
);

const ruleBase = { id: integer(), limit: restriction(limit), variants: array(ruleVariant) };
/** A social rule; its `properties` read as the one thing they name (a handle, or a URL to like). */
const social = (key: string) =>
  object({
    ...ruleBase,
    properties: as(object({ [key]: string() }), (p) => (p as Record<string, string>)[key] ?? ''),
  });

// Every rule kind of the document: the ones without a counterpart here still earn
// points, so they are listed as `custom` ways to earn (no claim button).
const rule = variant('kind', {
  purchase: object(ruleBase),
  join_program: object(ruleBase),
  birthday: object(ruleBase),
  review: object(ruleBase),
  referral: object(ruleBase),
  facebook_like: social('facebook_like_url' satisfies keyof Wire['RuleFacebookLike']['properties']),
  twitter_follow: social('twitter_handle' satisfies keyof Wire['RuleTwitterFollow']['properties']),
  instagram_follow: social(
    'instagram_handle' satisfies keyof Wire['RuleInstagramFollow']['properties'],
  ),
  tiktok_follow: social('tiktok_handle' satisfies keyof Wire['RuleTiktokFollow']['properties']),
  custom: object(ruleBase),
  pageview: object(ruleBase),
  clickthrough: object(ruleBase),
  newsletter_signup: object(ruleBase),
  loyalty_pass_install: object(ruleBase),
  collection_purchase: object(ruleBase),
  product_purchase: object(ruleBase),
  instagram_mention: object(ruleBase),
  instagram_post_hashtag: object(ruleBase),
  tiktok_post_hashtag: object(ruleBase),
  retail_purchase: object(ruleBase),
} satisfies Record<RuleKind, Schema<object>>);
type WireRule = Infer<typeof rule>;

const rewardVariant = object(
  fields<Wire['RewardGiftCard']['variants'][number]>()({
    tier_id: restriction(integer()),
    title: string(),
    description: optional(string()),
    enabled: boolean(),
    cost: variant('kind', { fixed: object({ points: integer() }), variable: object({}) }),
  }),
);
const rewardBase = { id: integer(), variants: array(rewardVariant) };

const percent = as(object({ percentage: number() }), ({ percentage }, path) => {
  if (!(percentage > 0 && percentage <= 100))
    throw new SchemaError(`${path}.percentage: expected 0 < percent <= 100, got ${percentage}`);
  return percentage;
});

/**
 * Reward kinds of the document this adapter does not offer (see the README's
 * mapping table): read as nothing, so they are left out without a warning.
 */
export const NOT_OFFERED = {
  gift_card: object({}),
  cart_variable_discount_voucher: object({}),
  product_discount_voucher: object({}),
  collection_discount_voucher: object({}),
  active_subscription_discount_voucher: object({}),
  active_subscription_product: object({}),
  custom: object({}),
} satisfies Partial<Record<RewardKind, Schema<object>>>;

const rewardKinds = (currency: string) =>
  variant('kind', {
    cart_discount_voucher: object({
      ...rewardBase,
      // `discount` is an amount or a percentage, as `discount_type` says.
      properties: (value: unknown, path: string) => {
        const type = oneOf(['fixed', 'percentage'] as const);
        const { discount_type } = object({ discount_type: type })(value, path);
        const read = object(
          fields<Wire['RewardCartDiscountVoucher']['properties']>()({
            applies_to_order_type: oneOf(['all', 'one_time', 'subscription'] as const),
            minimum_spend: restriction(money(currency)),
            discount: discount_type === 'fixed' ? money(currency) : percent,
          }),
        )(value, path);
        return { ...read, discount_type };
      },
    }),
    free_shipping_voucher: object({
      ...rewardBase,
      properties: object(
        fields<Wire['RewardFreeShippingVoucher']['properties']>()({
          max_shipping: restriction(money(currency)),
        }),
      ),
    }),
    product_cart: object({
      ...rewardBase,
      properties: object(
        fields<Wire['RewardProductCart']['properties']>()({
          product: object({
            id: string(),
            variants: array(object({ id: string(), inventory_count: restriction(integer()) })),
          }),
          cart_requirements: object({
            minimum_cart_total: restriction(money(currency)),
            minimum_line_item_count: restriction(integer()),
          }),
        }),
      ),
    }),
    ...NOT_OFFERED,
  } satisfies Record<RewardKind, Schema<object>>);

const tierBase = { id: integer(), name: string(), position: integer(), hidden: boolean() };
const tierConfiguration = object(
  fields<NonNullable<Wire['SiteConfiguration']['tier_configuration']>>()({
    tiers: array(
      variant('kind', {
        points: object({
          ...fields<Wire['PointsTier']>()(tierBase),
          benefit_ids: array(integer()),
          lower_bound: integer(),
        }),
        spend: object(tierBase),
        orders: object(tierBase),
        conditional: object(tierBase),
      }),
    ),
    tier_benefits: array(object({ id: integer(), label: string(), secret: boolean() })),
  }),
);

const configuration = (currency: string) =>
  object(
    fields<Wire['SiteConfiguration']>()({
      currency: isoCurrency,
      program: object({ name: string() }),
      tier_configuration: restriction(tierConfiguration),
      rules: array(rule),
      rewards: array(rewardKinds(currency)),
    }),
  );

/** The currency of a Headless API response, read first: every amount in it is in this currency. */
export function readCurrency(body: unknown): string {
  return object({ currency: isoCurrency })(body, '$').currency;
}

/** The configuration's `rules` and `rewards` under the name the core types use. */
type Configuration = Infer<ReturnType<typeof configuration>>;
type RuleVariant = Infer<typeof ruleVariant>;
type RewardVariant = Infer<typeof rewardVariant>;

const LIMIT_PER = { day: 'day', week: 'week', month: 'month', year: 'year' } as const;
const toLimit = (value: Infer<typeof limit> | undefined): RuleLimit | undefined =>
  value && { count: value.count, per: value.interval ? LIMIT_PER[value.interval] : 'lifetime' };

const SOCIAL: Record<ActionEndpoint, { network: SocialNetwork; url: (handle: string) => string }> =
  {
    facebook_like: { network: 'facebook', url: (url) => url },
    twitter_follow: { network: 'x', url: (handle) => `https://x.com/${handle}` },
    instagram_follow: {
      network: 'instagram',
      url: (handle) => `https://www.instagram.com/${handle}`,
    },
    tiktok_follow: { network: 'tiktok', url: (handle) => `https://www.tiktok.com/@${handle}` },
  };

/**
 * Reads a `GET …/configuration` body (or the `configuration` of a customer
 * response) as our programme. Each rule and reward has a variant per tier;
 * the programme shows the default tier's (position 1), because our
 * programme is the same for every shopper. See the README's mapping table
 * for what this approximates and what it leaves out.
 */
export function readProgram(
  body: unknown,
  { siteId, freeProducts }: { siteId: number; freeProducts: boolean },
): ReadProgram {
  const currency = readCurrency(body);
  const [config, dropped] = parse(configuration(currency), body);
  const tiering = config.tier_configuration;
  const defaultTier = tiering?.tiers.find((tier) => tier.position === 1)?.id;
  // Our tiers are points thresholds: spend, order-count and conditional tiers have no
  // counterpart, so a programme with them shows none.
  const pointsTiers = (tiering?.tiers ?? []).flatMap((tier) =>
    tier.kind === 'points' && !tier.hidden ? [tier] : [],
  );

  /** The variant the programme shows, and the tiers that may use it (absent: everyone). */
  function choose<V extends RuleVariant | RewardVariant>(variants: V[]) {
    const enabled = variants.filter((v) => v.enabled);
    const shown =
      enabled.find((v) => v.tier_id === defaultTier) ??
      enabled.find((v) => v.tier_id === undefined) ??
      enabled[0];
    if (!shown) return undefined;
    const allowed = pointsTiers.filter((tier) => enabled.some((v) => v.tier_id === tier.id));
    const tierIds =
      pointsTiers.length > 0 && allowed.length < pointsTiers.length
        ? allowed.map((tier) => String(tier.id))
        : undefined;
    return { shown, ...(tierIds && { tierIds }) };
  }

  const purchase = config.rules.find((r) => r.kind === 'purchase');
  const basePurchase = purchase && choose(purchase.variants)?.shown.result;
  /** A tier's points per currency unit over the default tier's: our tier multiplier. */
  function multiplier(tierId: number): number {
    const own = purchase?.variants.find((v) => v.tier_id === tierId && v.enabled)?.result;
    if (
      basePurchase?.kind !== 'points' ||
      own?.kind !== 'points' ||
      basePurchase.points <= 0 ||
      own.per_currency_unit !== basePurchase.per_currency_unit
    )
      return 1;
    return own.points / basePurchase.points;
  }

  const benefits = new Map(
    (tiering?.tier_benefits ?? []).flatMap((b) => (b.secret ? [] : [[b.id, b.label] as const])),
  );
  const tiers: Tier[] = pointsTiers.map((tier) => ({
    id: String(tier.id),
    name: tier.name,
    threshold: tier.lower_bound,
    multiplier: multiplier(tier.id),
    perks: tier.benefit_ids.flatMap((id) => benefits.get(id) ?? []),
  }));

  const actions = new Map<string, { endpoint: ActionEndpoint; ruleId: number }>();
  const earningRules = config.rules.flatMap((wire): EarningRule[] => {
    const chosen = choose(wire.variants);
    const result = chosen?.shown.result;
    if (!chosen || result?.kind !== 'points') return [];
    const { shown, tierIds } = chosen;
    const { points, per_currency_unit: perUnit } = result;
    const base = {
      id: String(wire.id),
      title: shown.title,
      ...(shown.description && { description: shown.description }),
      ...(tierIds && { tierIds }),
      ...(wire.limit && { limit: toLimit(wire.limit) }),
    };
    if (wire.kind === 'purchase' && perUnit !== undefined) {
      const per = perUnitMoney(perUnit, currency);
      return per ? [{ ...base, kind: 'order', rate: { points, per } }] : [];
    }
    // Points "per $1" on anything but a purchase has no counterpart.
    if (perUnit !== undefined) return [];
    if (
      wire.kind === 'facebook_like' ||
      wire.kind === 'twitter_follow' ||
      wire.kind === 'instagram_follow' ||
      wire.kind === 'tiktok_follow'
    ) {
      const { network, url } = SOCIAL[wire.kind];
      actions.set(base.id, { endpoint: wire.kind, ruleId: wire.id });
      const rule = { ...base, kind: 'social_follow', points, network, url: url(wire.properties) };
      return [rule as EarningRule];
    }
    return [{ ...base, kind: ruleKind(wire.kind), points }];
  });

  const rewards = new Map<string, RedeemTarget>();
  const catalogue = config.rewards.flatMap((wire): Reward[] => {
    if (!('variants' in wire)) return [];
    const chosen = choose(wire.variants);
    const cost = chosen?.shown.cost;
    if (!chosen || cost?.kind !== 'fixed') return [];
    const { shown, tierIds } = chosen;
    const base = {
      id: String(wire.id),
      title: shown.title,
      ...(shown.description && { description: shown.description }),
      ...(tierIds && { tierIds }),
      pointsPrice: cost.points,
    };
    const offered = offer(wire, base, freeProducts);
    if (offered) rewards.set(base.id, offered.target);
    return offered ? [offered.reward] : [];
  });

  const capabilities = {
    // LoyaltyLion refunds only free products taken into a cart (`product_cart/refund`).
    cancelRedemption: catalogue.some((reward) => reward.kind === 'free_product'),
    // Points-at-checkout discounts have no redeem endpoint in the Headless API.
    variableRewards: false,
    birthday: true,
    actions: actions.size > 0,
    // A referral URL, but no referral code and no counts of invited or converted friends.
    referrals: false,
    activity: true,
    quote: false,
  };
  return {
    program: {
      id: `loyaltylion-${siteId}`,
      name: config.program.name,
      currency,
      earningRules,
      rewards: catalogue,
      tiers,
      bonusEvents: [],
      capabilities,
    },
    rewards,
    actions,
    dropped,
  };
}

/** `per_currency_unit` (5 points per 1 dollar) as the money it is per. */
function perUnitMoney(units: number, currency: string): Money | undefined {
  try {
    return money(currency)({ amount: units }, '$');
  } catch {
    return undefined;
  }
}

/** Our kind for a rule that earns a fixed number of points (social follows aside). */
function ruleKind(
  kind: WireRule['kind'],
): 'signup' | 'birthday' | 'review' | 'referral' | 'custom' {
  switch (kind) {
    case 'join_program':
      return 'signup';
    case 'birthday':
    case 'review':
    case 'referral':
      return kind;
    default:
      return 'custom';
  }
}

type WireReward = Configuration['rewards'][number];
type RewardBase = Omit<Extract<Reward, { kind: 'custom' }>, 'kind'>;

/** Our reward for a LoyaltyLion reward, and how to redeem it; `undefined` when not offered. */
function offer(
  wire: WireReward,
  base: RewardBase,
  freeProducts: boolean,
): { reward: Reward; target: RedeemTarget } | undefined {
  switch (wire.kind) {
    case 'cart_discount_voucher': {
      const { properties: p } = wire;
      // A subscription-only code would be refused by a one-time checkout.
      if (p.applies_to_order_type === 'subscription') return undefined;
      const minimum = p.minimum_spend && { minimumOrder: p.minimum_spend };
      const reward: Reward =
        typeof p.discount === 'number'
          ? { ...base, ...minimum, kind: 'percent_discount', percent: p.discount }
          : { ...base, ...minimum, kind: 'fixed_discount', value: p.discount };
      return { reward, target: { endpoint: wire.kind, rewardId: wire.id } };
    }
    case 'free_shipping_voucher': {
      const max = wire.properties.max_shipping;
      return {
        reward: { ...base, kind: 'free_shipping', ...(max && { maxShipping: max }) },
        target: { endpoint: wire.kind, rewardId: wire.id },
      };
    }
    case 'product_cart': {
      const { product, cart_requirements: needs } = wire.properties;
      const [only, ...more] = product.variants;
      // Redeeming needs the shopper's cart id (the `cartId` option) and one variant to
      // take (the widgets offer no variant choice); a line-count requirement has no
      // counterpart in our rewards.
      if (!freeProducts || !only || more.length > 0 || only.inventory_count === 0) return undefined;
      if (needs.minimum_line_item_count !== undefined) return undefined;
      const minimum = needs.minimum_cart_total && { minimumOrder: needs.minimum_cart_total };
      return {
        reward: { ...base, ...minimum, kind: 'free_product', productId: product.id },
        target: { endpoint: wire.kind, rewardId: wire.id, variantId: only.id },
      };
    }
    default:
      return undefined;
  }
}
