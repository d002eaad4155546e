/**
 * Domain types of a points programme, as the Storefront API v1 returns them.
 * Money is always integer minor units plus an ISO 4217 code, so no float ever
 * decides how many points a shopper gets.
 */

/** An amount of money in the currency's minor unit (cents, satang; won has none). */
export interface Money {
  /** Integer amount in minor units: 59000 is 590.00 THB, 12000 is ₩12,000. */
  amountMinor: number;
  /** ISO 4217 code, upper case. */
  currency: string;
}

export const REWARD_KINDS = [
  'fixed_discount',
  'percent_discount',
  'free_shipping',
  'free_product',
  'gift_card',
  'variable',
  'custom',
] as const;
export type RewardKind = (typeof REWARD_KINDS)[number];

interface RewardBase {
  id: string;
  title: string;
  description?: string;
  /** Points the shopper spends; for `variable` rewards, the smallest spend. */
  pointsPrice: number;
  /** The cart subtotal needed before the reward can be used. */
  minimumOrder?: Money;
  /** Tier ids allowed to redeem; absent means everyone. */
  tierIds?: string[];
}

/** A catalogue item the shopper can buy with points. */
export type Reward =
  | (RewardBase & { kind: 'fixed_discount'; value: Money })
  | (RewardBase & { kind: 'percent_discount'; percent: number })
  | (RewardBase & { kind: 'free_shipping'; maxShipping?: Money })
  | (RewardBase & { kind: 'free_product'; productId: string })
  | (RewardBase & { kind: 'gift_card'; value: Money })
  | (RewardBase & { kind: 'variable'; pointsStep: number; valueStep: Money; maxPoints?: number })
  | (RewardBase & { kind: 'custom' });

export const EARNING_RULE_KINDS = [
  'order',
  'signup',
  'birthday',
  'review',
  'social_follow',
  'social_share',
  'referral',
  'custom',
] as const;
export type EarningRuleKind = (typeof EARNING_RULE_KINDS)[number];

/** A way to earn points. */
export interface EarningRule {
  id: string;
  kind: EarningRuleKind;
  title: string;
  /** What the rule gives, ready to show ("5 points per ฿100", "200 points"). */
  rewardText: string;
  /** For `order` rules: points per whole currency unit spent. */
  pointsPerUnit?: number;
  /** For fixed rules: points awarded once the action is done. */
  points?: number;
}

/** A VIP tier. */
export interface Tier {
  id: string;
  name: string;
  /** Lifetime points (or period points) needed to enter. */
  threshold: number;
  /** Multiplier applied to order points, 1 for none. */
  multiplier: number;
  perks: string[];
}

/** The public description of a programme: what it gives and costs. */
export interface Program {
  id: string;
  name: string;
  /** Currency the programme's values are expressed in. */
  currency: string;
  earningRules: EarningRule[];
  rewards: Reward[];
  tiers: Tier[];
  signUpUrl?: string;
  signInUrl?: string;
}

/** Points held by a member. */
export interface Balance {
  /** Spendable now. */
  available: number;
  /** Earned but not yet spendable (e.g. waiting for the return window). */
  pending: number;
  /** All points ever earned; drives tier progress. */
  lifetime: number;
  /** The next batch of points that will expire, if any. */
  expiring?: { points: number; at: string };
}

/** Where a member stands among the tiers. */
export interface TierStatus {
  currentTierId: string;
  nextTierId?: string;
  /** Progress to the next tier, 0..1. */
  progress: number;
  /** Points still needed for the next tier. */
  toNext?: number;
}

/** The signed-in shopper. Guests have no `Customer`: the backend returns `null` for them. */
export interface Customer {
  id: string;
  firstName?: string;
  balance: Balance;
  tier?: TierStatus;
}
