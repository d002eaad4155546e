import {
  type EarningRule,
  type OrderRule,
  type ProductMultiplier,
  type Program,
  type ProgramCapabilities,
  type Reward,
  SOCIAL_NETWORKS,
  type SocialNetwork,
  type Tier,
} from '@loyaltykit/core';
import { fromVoucherifyAmount } from './money.ts';
import type {
  VoucherifyCampaign,
  VoucherifyDiscount,
  VoucherifyEarningRule,
  VoucherifyRate,
  VoucherifyReward,
  VoucherifyRewardAssignment,
  VoucherifyTier,
} from './wire.ts';

/**
 * What this connector can do over Voucherify (see the README's mapping table
 * for why each is so): rollbacks refund redemptions; pay-with-points rewards
 * apply to an order, not a code; a customer's birthdate needs a year we do
 * not ask for; referral programmes are separate campaigns whose rewards are
 * not readable as an offer; Voucherify has no cart estimate.
 */
export const VOUCHERIFY_CAPABILITIES: ProgramCapabilities = {
  cancelRedemption: true,
  variableRewards: false,
  birthday: false,
  actions: true,
  referrals: false,
  activity: true,
  quote: false,
};

/**
 * Earning rule metadata keys that make a custom-event rule a social action
 * the shopper claims from the panel (set them on the rule in Voucherify):
 * `loyaltykit_network` (instagram, facebook, x, tiktok, youtube, pinterest),
 * `loyaltykit_url` (the page to follow or share) and optionally
 * `loyaltykit_kind` (`social_follow`, the default, or `social_share`).
 */
export const ACTION_METADATA = {
  network: 'loyaltykit_network',
  url: 'loyaltykit_url',
  kind: 'loyaltykit_kind',
} as const;

/** A social action pays once per shopper: the connector checks the card's history first. */
export const ACTION_LIMIT = { count: 1, per: 'lifetime' } as const;

/** Voucherify's "free shipping" unit (its documented shipping product). */
const SHIPPING_UNIT = 'prod_5h1pp1ng';

/** A reward of a loyalty campaign with what the connector read to price it. */
export interface AssignedReward {
  assignment: VoucherifyRewardAssignment;
  reward: VoucherifyReward;
  /** For a `DISCOUNT_COUPONS` reward: the discount its campaign's vouchers give. */
  discount?: VoucherifyDiscount;
}

/** Everything the programme is read from. */
export interface ProgramSource {
  campaign: VoucherifyCampaign;
  earningRules: VoucherifyEarningRule[];
  tiers: VoucherifyTier[];
  rewards: AssignedReward[];
}

export interface ProgramSettings {
  /** ISO 4217: Voucherify amounts carry no currency. */
  currency: string;
  /** ms since the epoch: rules outside their validity window are left out. */
  now: number;
  signUpUrl?: string;
  signInUrl?: string;
}

const live = (rule: VoucherifyEarningRule, now: number) =>
  rule.active &&
  (!rule.start_date || Date.parse(rule.start_date) <= now) &&
  (!rule.expiration_date || now < Date.parse(rule.expiration_date));

const title = (rule: VoucherifyEarningRule) => rule.source.banner || rule.event;

const fixedPoints = (rule: VoucherifyEarningRule) =>
  rule.loyalty.type === 'FIXED' && Number.isSafeInteger(rule.loyalty.points)
    ? (rule.loyalty.points as number)
    : undefined;

/** The rate of an `order.paid` rule on the whole order (amount, or total after discounts). */
function orderRate(rule: VoucherifyEarningRule): VoucherifyRate | undefined {
  if (rule.event !== 'order.paid' || rule.loyalty.type !== 'PROPORTIONAL') return undefined;
  const { calculation_type: type, order } = rule.loyalty;
  const rate =
    type === 'ORDER_AMOUNT'
      ? order?.amount
      : type === 'ORDER_TOTAL_AMOUNT'
        ? order?.total_amount
        : undefined;
  return rate && rate.every > 0 && rate.points >= 0 ? rate : undefined;
}

const isNetwork = (value: unknown): value is SocialNetwork =>
  SOCIAL_NETWORKS.includes(value as SocialNetwork);

/** A custom-event rule the merchant marked as a social action (see {@link ACTION_METADATA}). */
function socialRule(rule: VoucherifyEarningRule, points: number): EarningRule | undefined {
  const network = rule.metadata?.[ACTION_METADATA.network];
  const url = rule.metadata?.[ACTION_METADATA.url];
  if (!rule.custom_event || !isNetwork(network) || typeof url !== 'string') return undefined;
  const kind =
    rule.metadata?.[ACTION_METADATA.kind] === 'social_share' ? 'social_share' : 'social_follow';
  return { id: rule.id, kind, title: title(rule), points, network, url, limit: ACTION_LIMIT };
}

/**
 * Order-line rules as multipliers on the order rule: Voucherify adds each
 * rule's points, so lines of a collection earning 3 points per 10.00 on top
 * of the order's 1 per 10.00 earn 4×.
 */
function lineMultipliers(
  rules: VoucherifyEarningRule[],
  base: VoucherifyRate,
): ProductMultiplier[] {
  const multipliers: ProductMultiplier[] = [];
  for (const rule of rules) {
    if (rule.event !== 'order.paid' || rule.loyalty.type !== 'PROPORTIONAL') continue;
    const items = rule.loyalty.order_items;
    const rate =
      rule.loyalty.calculation_type === 'ORDER_ITEMS_AMOUNT'
        ? items?.amount
        : rule.loyalty.calculation_type === 'ORDER_ITEMS_SUBTOTAL_AMOUNT'
          ? items?.subtotal_amount
          : undefined;
    if (!rate || rate.every <= 0 || base.points === 0 || rate.object === 'sku') continue;
    const extra = rate.points / rate.every / (base.points / base.every);
    const multiplier = Math.round((1 + extra) * 1000) / 1000;
    multipliers.push(
      rate.object === 'products_collection'
        ? { multiplier, collectionIds: [rate.id] }
        : { multiplier, productIds: [rate.id] },
    );
  }
  return multipliers;
}

/**
 * Voucherify's earning rules as ours. Kept: the first proportional rule on
 * the order amount (our order rule, with order-line rules folded in as
 * multipliers), fixed points on a paid order, on entering a segment, or on a
 * custom event (a claimable social action when its metadata says so).
 * Left out: rules on metadata or item quantities (no declarative equivalent),
 * tier events (tier entry points instead), and rules outside their dates.
 */
export function mapEarningRules(
  rules: VoucherifyEarningRule[],
  { currency, now }: Pick<ProgramSettings, 'currency' | 'now'>,
): EarningRule[] {
  const current = rules.filter((rule) => live(rule, now));
  const orderSource = current.find((rule) => orderRate(rule) !== undefined);
  const mapped: EarningRule[] = [];
  for (const rule of current) {
    if (rule === orderSource) {
      const rate = orderRate(rule) as VoucherifyRate;
      const multipliers = lineMultipliers(current, rate);
      const order: OrderRule = {
        id: rule.id,
        kind: 'order',
        title: title(rule),
        rate: { points: rate.points, per: fromVoucherifyAmount(rate.every, currency) },
        ...(multipliers.length > 0 && { multipliers }),
      };
      mapped.push(order);
      continue;
    }
    const points = fixedPoints(rule);
    if (points === undefined || rule.event.startsWith('customer.loyalty.tier.')) continue;
    mapped.push(
      socialRule(rule, points) ?? { id: rule.id, kind: 'custom', title: title(rule), points },
    );
  }
  return mapped;
}

/** Ways to spend points that issue a code; `undefined` for a reward we cannot offer. */
export function mapReward(
  { assignment, reward, discount }: AssignedReward,
  currency: string,
): Reward | undefined {
  const pointsPrice = assignment.parameters?.loyalty?.points;
  if (!Number.isSafeInteger(pointsPrice) || (pointsPrice as number) <= 0) return undefined;
  const { stock, redeemed } = reward;
  if (typeof stock === 'number' && typeof redeemed === 'number' && redeemed >= stock)
    return undefined;
  const base = {
    id: reward.id,
    title: reward.name,
    pointsPrice: pointsPrice as number,
    ...(reward.attributes?.description && { description: reward.attributes.description }),
  };
  if (reward.type === 'MATERIAL') {
    const product = reward.parameters?.product;
    return product ? { ...base, kind: 'free_product', productId: product.id } : undefined;
  }
  if (reward.type !== 'CAMPAIGN') return undefined;
  const campaign = reward.parameters?.campaign;
  if (campaign?.type === 'GIFT_VOUCHERS' && Number.isSafeInteger(campaign.balance)) {
    return {
      ...base,
      kind: 'gift_card',
      value: fromVoucherifyAmount(campaign.balance as number, currency),
    };
  }
  if (campaign?.type !== 'DISCOUNT_COUPONS' || !discount) return undefined;
  switch (discount.type) {
    case 'AMOUNT':
      return typeof discount.amount_off === 'number'
        ? {
            ...base,
            kind: 'fixed_discount',
            value: fromVoucherifyAmount(discount.amount_off, currency),
          }
        : undefined;
    case 'PERCENT':
      return typeof discount.percent_off === 'number'
        ? { ...base, kind: 'percent_discount', percent: discount.percent_off }
        : undefined;
    case 'UNIT':
      return discount.unit_type === SHIPPING_UNIT
        ? { ...base, kind: 'free_shipping' }
        : { ...base, kind: 'custom' };
    default:
      return { ...base, kind: 'custom' };
  }
}

/**
 * Voucherify's tiers as ours: the threshold is the tier's lower bound in
 * points, the multiplier the one it sets on the order rule, and the entry
 * points the sum of the fixed `customer.loyalty.tier.joined` rules for it or
 * for any tier (each of them pays).
 */
export function mapTiers(
  tiers: VoucherifyTier[],
  rules: VoucherifyEarningRule[],
  orderRuleId: string | undefined,
  now: number,
): Tier[] {
  const joined = rules.filter(
    (rule) => rule.event === 'customer.loyalty.tier.joined' && live(rule, now),
  );
  const entryPoints = (tierId: string) =>
    joined
      .filter((rule) => rule.loyalty_tier?.id === tierId || rule.loyalty_tier?.id === '__ANY__')
      .reduce((sum, rule) => sum + (fixedPoints(rule) ?? 0), 0);
  return tiers
    .map((tier): Tier => {
      const onOrders = orderRuleId ? tier.earning_rules?.[orderRuleId] : undefined;
      const entry = entryPoints(tier.id);
      return {
        id: tier.id,
        name: tier.name,
        threshold: tier.points.from ?? 0,
        multiplier: onOrders?.type === 'MULTIPLY' ? (onOrders.multiplier ?? 1) : 1,
        perks: [],
        ...(entry > 0 && { entryPoints: entry }),
      };
    })
    .sort((a, b) => a.threshold - b.threshold);
}

/** The Voucherify loyalty campaign as our programme. */
export function mapProgram(source: ProgramSource, settings: ProgramSettings): Program {
  const earningRules = mapEarningRules(source.earningRules, settings);
  const order = earningRules.find((rule) => rule.kind === 'order');
  const orderSource = source.earningRules.find((rule) => rule.id === order?.id);
  const pending = orderSource?.pending_points?.period_value;
  return {
    id: source.campaign.id,
    name: source.campaign.name,
    currency: settings.currency,
    earningRules,
    rewards: source.rewards
      .map((reward) => mapReward(reward, settings.currency))
      .filter((reward): reward is Reward => reward !== undefined),
    tiers: mapTiers(source.tiers, source.earningRules, order?.id, settings.now),
    bonusEvents: [],
    ...(typeof pending === 'number' && { pendingDays: pending }),
    ...(settings.signUpUrl && { signUpUrl: settings.signUpUrl }),
    ...(settings.signInUrl && { signInUrl: settings.signInUrl }),
    capabilities: VOUCHERIFY_CAPABILITIES,
  };
}
