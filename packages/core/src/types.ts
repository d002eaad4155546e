/**
 * Domain types of a points programme, as the Storefront API v1 returns them
 * (packages/client/openapi.yaml is the wire contract). Money is always integer
 * minor units plus an ISO 4217 code, so no float ever decides how many points
 * a shopper gets. Timestamps are ISO 8601 strings in UTC.
 */

/** An amount of money in the currency's minor unit (cents, satang; won has none). */
export interface Money {
  /** Integer amount in minor units: 59000 is 590.00 THB, 12000 is ₩12,000. */
  amountMinor: number;
  /** ISO 4217 code, upper case. */
  currency: string;
}

/** ISO 8601 date-time in UTC, e.g. `2026-11-23T10:00:00Z`. */
export type Timestamp = string;

// ---------------------------------------------------------------------------
// Earning

/**
 * Every kind of earning rule the Storefront API knows, as a runtime list: the client reads an
 * unknown kind as an item it drops, not as a crash (forward compatibility).
 */
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

/** The networks a `social_follow` or `social_share` rule can name; another network drops the rule. */
export const SOCIAL_NETWORKS = [
  'instagram',
  'facebook',
  'x',
  'tiktok',
  'youtube',
  'pinterest',
] as const;
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];

/** The periods a RuleLimit counts over (`per`). */
export const LIMIT_PERIODS = ['lifetime', 'year', 'month', 'week', 'day'] as const;
/** How often a rule can earn: `{ count: 1, per: 'year' }` for a birthday. */
export interface RuleLimit {
  count: number;
  per: (typeof LIMIT_PERIODS)[number];
}

/** Points for spending: `points` for every `per` of line price (5 points per $1.00). */
export interface EarnRate {
  points: number;
  per: Money;
}

/** A multiplier on order points for some products or collections (3× on outerwear). */
export interface ProductMultiplier {
  multiplier: number;
  productIds?: string[];
  collectionIds?: string[];
}

interface RuleBase {
  id: string;
  title: string;
  description?: string;
  /** Tier ids that may earn with this rule; absent means everyone. */
  tierIds?: string[];
  limit?: RuleLimit;
}

/** A way to earn points. */
export type EarningRule =
  | (RuleBase & {
      kind: 'order';
      rate: EarnRate;
      multipliers?: ProductMultiplier[];
      excludedProductIds?: string[];
      excludedCollectionIds?: string[];
    })
  | (RuleBase & { kind: 'signup' | 'birthday' | 'referral' | 'custom'; points: number })
  | (RuleBase & { kind: 'review'; points: number; photoPoints?: number })
  | (RuleBase & {
      kind: 'social_follow' | 'social_share';
      points: number;
      network: SocialNetwork;
      url: string;
    });

export type OrderRule = Extract<EarningRule, { kind: 'order' }>;

// ---------------------------------------------------------------------------
// Spending

/** Every kind of reward the Storefront API knows; a reward of another kind is not offered. */
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
  /** Days an issued code stays valid; absent means it does not expire. */
  expiresInDays?: number;
}

/** A catalogue item the shopper can buy with points. */
export type Reward =
  | (RewardBase & { kind: 'fixed_discount'; value: Money })
  | (RewardBase & { kind: 'percent_discount'; percent: number })
  | (RewardBase & { kind: 'free_shipping'; maxShipping?: Money })
  | (RewardBase & { kind: 'free_product'; productId: string })
  | (RewardBase & { kind: 'gift_card'; value: Money })
  | (RewardBase & {
      kind: 'variable';
      /** Points per step: 100 points buys one `valueStep`. */
      pointsStep: number;
      valueStep: Money;
      maxPoints?: number;
    })
  | (RewardBase & { kind: 'custom' });

/** The states of a redemption's code: `issued` (usable), `cancelled` (points refunded), `used`. */
export const REDEMPTION_STATUSES = ['issued', 'cancelled', 'used'] as const;
export type RedemptionStatus = (typeof REDEMPTION_STATUSES)[number];

/** A reward bought with points: the code the shop applies at checkout. */
export interface Redemption {
  id: string;
  rewardId: string;
  rewardTitle: string;
  rewardKind: RewardKind;
  pointsSpent: number;
  code: string;
  status: RedemptionStatus;
  /** The discount the code gives, where it is an amount (fixed, gift card, variable). */
  value?: Money;
  /** The discount the code gives, where it is a percentage. */
  percent?: number;
  createdAt: Timestamp;
  expiresAt?: Timestamp;
}

// ---------------------------------------------------------------------------
// Tiers, events, referrals

/** A VIP tier. */
export interface Tier {
  id: string;
  name: string;
  /** Lifetime points needed to enter. */
  threshold: number;
  /** Multiplier on order points, 1 for none. */
  multiplier: number;
  perks: string[];
  /** Points awarded once on entering the tier. */
  entryPoints?: number;
}

/** What a bonus event multiplies: every order, some collections' products, or some tiers' members. */
export const BONUS_SCOPES = ['all', 'collections', 'tiers'] as const;

/** A time-boxed multiplier on order points ("2× points this weekend"). */
export interface BonusEvent {
  id: string;
  title: string;
  multiplier: number;
  startsAt: Timestamp;
  endsAt: Timestamp;
  /** What it applies to: every order line, lines in some collections, or members of some tiers. */
  scope: (typeof BONUS_SCOPES)[number];
  collectionIds?: string[];
  tierIds?: string[];
}

/** What a referral gives both sides. */
export interface ReferralOffer {
  /** Points the referrer earns when the friend's first order completes. */
  referrerPoints: number;
  /** The friend's welcome discount. */
  refereeReward:
    | { kind: 'fixed_discount'; value: Money }
    | { kind: 'percent_discount'; percent: number };
  minimumOrder?: Money;
}

/** The public description of a programme: what it gives and costs. */
export interface Program {
  id: string;
  name: string;
  /** Currency the programme's values are expressed in. */
  currency: string;
  earningRules: EarningRule[];
  rewards: Reward[];
  /** Ordered by threshold, lowest first; the first tier's threshold is 0. */
  tiers: Tier[];
  bonusEvents: BonusEvent[];
  referral?: ReferralOffer;
  /** Days earned points wait before they can be spent (the return window). */
  pendingDays?: number;
  signUpUrl?: string;
  signInUrl?: string;
  /**
   * What this backend can do; see {@link can}. Absent (a backend older than
   * the field), and any capability it leaves out, means supported: everything
   * the contract describes.
   */
  capabilities?: ProgramCapabilities;
}

/**
 * What a backend may not support, each a part of the contract:
 * - `cancelRedemption`: `DELETE /v1/me/redemptions/{id}` refunds an unused code.
 * - `variableRewards`: redeeming a `variable` reward for a chosen number of points.
 * - `birthday`: `PUT /v1/me/birthday` records a shopper's birthday.
 * - `actions`: `POST /v1/me/actions` claims an action rule (social follow, share).
 * - `referrals`: a member's referral link and the programme's referral offer.
 * - `activity`: `GET /v1/me/activity`, the points history.
 * - `quote`: `POST /v1/quote` prices a cart.
 */
export const CAPABILITIES = [
  'cancelRedemption',
  'variableRewards',
  'birthday',
  'actions',
  'referrals',
  'activity',
  'quote',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** A backend's declared capabilities: `false` for what it cannot do; absent means it can. */
export type ProgramCapabilities = { [C in Capability]?: boolean };

// ---------------------------------------------------------------------------
// The customer

/** Points held by a member. */
export interface Balance {
  /** Spendable now. */
  available: number;
  /** Earned but not yet spendable (waiting for the return window). */
  pending: number;
  /** All points ever earned; drives tier progress. */
  lifetime: number;
  /** The next batch of points that will expire, if any. */
  expiring?: { points: number; at: Timestamp };
}

/** Where a member stands among the tiers. */
export interface TierStatus {
  /** Absent while the member is below the first tier's threshold. */
  currentTierId?: string;
  nextTierId?: string;
  /** Progress from the current tier's threshold to the next one's, 0..1 (1 at the top tier). */
  progress: number;
  /** Points still needed for the next tier. */
  toNext?: number;
  /** Points to earn before `periodEnd` to keep the current tier, where tiers are re-evaluated. */
  toRetain?: number;
  periodEnd?: Timestamp;
}

/** The member's own referral link and what it has brought in. */
export interface CustomerReferral {
  code: string;
  url: string;
  invited: number;
  converted: number;
  pointsEarned: number;
}

/** How often a member has used an earning rule, for "done" and limit badges. */
export interface RuleUsage {
  ruleId: string;
  count: number;
  lastAt: Timestamp;
}

/** The signed-in shopper. Guests have no `Customer`: the backend returns 401 and widgets show the guest view. */
export interface Customer {
  id: string;
  firstName?: string;
  /** Month (1–12) and day; set once, used for the birthday rule. */
  birthday?: { month: number; day: number };
  balance: Balance;
  tier?: TierStatus;
  referral?: CustomerReferral;
  /** Issued, unused redemptions (codes the shopper can still apply or cancel). */
  redemptions: Redemption[];
  ruleUsage: RuleUsage[];
}

// ---------------------------------------------------------------------------
// Activity

/** The kinds of ledger line in a member's activity; a line of another kind is left out. */
export const LEDGER_KINDS = ['earn', 'redeem', 'refund', 'adjust', 'expire'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/** One line of the points ledger. */
export interface LedgerEntry {
  id: string;
  kind: LedgerKind;
  /** Signed change: +120 earned, −500 redeemed. */
  points: number;
  description: string;
  createdAt: Timestamp;
  /** For earned points still pending: when they become spendable. */
  pendingUntil?: Timestamp;
}

/** One page of activity, newest first. */
export interface ActivityPage {
  entries: LedgerEntry[];
  /** Pass to the next call for older entries; absent on the last page. */
  nextCursor?: string;
}

// ---------------------------------------------------------------------------
// Carts (input to the points rules and to redemptions)

/** A cart line as the shop knows it. */
export interface CartLine {
  productId: string;
  quantity: number;
  /** Price of one unit, in minor units. */
  unitPrice: Money;
  collectionIds?: string[];
}

export interface Cart {
  currency: string;
  lines: CartLine[];
}
