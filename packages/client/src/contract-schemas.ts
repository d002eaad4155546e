import {
  type ActionResult,
  type ActivityPage,
  type Balance,
  BONUS_SCOPES,
  type Customer,
  type EarningRule,
  LEDGER_KINDS,
  type LedgerEntry,
  LIMIT_PERIODS,
  type Money,
  type Program,
  REDEMPTION_STATUSES,
  REWARD_KINDS,
  type Redemption,
  type RedemptionResult,
  type Reward,
  SOCIAL_NETWORKS,
} from '@loyaltykit/core';
import type { OperationId } from './operations.ts';
import {
  array,
  integer,
  intersect,
  number,
  object,
  oneOf,
  optional,
  type Schema,
  string,
  variant,
} from './schema.ts';

// One schema per response body of openapi.yaml. Each is annotated with the
// core type it must produce, so the compiler keeps the runtime checks, the
// domain types and (through the contract test) the document in step.

const strings = array(string());
const money: Schema<Money> = object({ amountMinor: integer(), currency: string() });

const pointsOnly = object({ points: integer() });
const social = object({ points: integer(), network: oneOf(SOCIAL_NETWORKS), url: string() });

const earningRule: Schema<EarningRule> = intersect(
  object({
    id: string(),
    title: string(),
    description: optional(string()),
    tierIds: optional(strings),
    limit: optional(object({ count: integer(), per: oneOf(LIMIT_PERIODS) })),
  }),
  variant('kind', {
    order: object({
      rate: object({ points: integer(), per: money }),
      multipliers: optional(
        array(
          object({
            multiplier: number(),
            productIds: optional(strings),
            collectionIds: optional(strings),
          }),
        ),
      ),
      excludedProductIds: optional(strings),
      excludedCollectionIds: optional(strings),
    }),
    signup: pointsOnly,
    birthday: pointsOnly,
    referral: pointsOnly,
    custom: pointsOnly,
    review: object({ points: integer(), photoPoints: optional(integer()) }),
    social_follow: social,
    social_share: social,
  }),
);

const reward: Schema<Reward> = intersect(
  object({
    id: string(),
    title: string(),
    description: optional(string()),
    pointsPrice: integer(),
    minimumOrder: optional(money),
    tierIds: optional(strings),
    expiresInDays: optional(integer()),
  }),
  variant('kind', {
    fixed_discount: object({ value: money }),
    percent_discount: object({ percent: number() }),
    free_shipping: object({ maxShipping: optional(money) }),
    free_product: object({ productId: string() }),
    gift_card: object({ value: money }),
    variable: object({ pointsStep: integer(), valueStep: money, maxPoints: optional(integer()) }),
    custom: object({}),
  }),
);

const programSchema: Schema<Program> = object({
  id: string(),
  name: string(),
  currency: string(),
  earningRules: array(earningRule),
  rewards: array(reward),
  tiers: array(
    object({
      id: string(),
      name: string(),
      threshold: integer(),
      multiplier: number(),
      perks: strings,
      entryPoints: optional(integer()),
    }),
  ),
  bonusEvents: array(
    object({
      id: string(),
      title: string(),
      multiplier: number(),
      startsAt: string(),
      endsAt: string(),
      scope: oneOf(BONUS_SCOPES),
      collectionIds: optional(strings),
      tierIds: optional(strings),
    }),
  ),
  referral: optional(
    object({
      referrerPoints: integer(),
      refereeReward: variant('kind', {
        fixed_discount: object({ value: money }),
        percent_discount: object({ percent: number() }),
      }),
      minimumOrder: optional(money),
    }),
  ),
  pendingDays: optional(integer()),
  signUpUrl: optional(string()),
  signInUrl: optional(string()),
});

const balance: Schema<Balance> = object({
  available: integer(),
  pending: integer(),
  lifetime: integer(),
  expiring: optional(object({ points: integer(), at: string() })),
});

const redemption: Schema<Redemption> = object({
  id: string(),
  rewardId: string(),
  rewardTitle: string(),
  rewardKind: oneOf(REWARD_KINDS),
  pointsSpent: integer(),
  code: string(),
  status: oneOf(REDEMPTION_STATUSES),
  value: optional(money),
  percent: optional(number()),
  createdAt: string(),
  expiresAt: optional(string()),
});

const customerSchema: Schema<Customer> = object({
  id: string(),
  firstName: optional(string()),
  birthday: optional(object({ month: integer(), day: integer() })),
  balance,
  tier: optional(
    object({
      currentTierId: optional(string()),
      nextTierId: optional(string()),
      progress: number(),
      toNext: optional(integer()),
      toRetain: optional(integer()),
      periodEnd: optional(string()),
    }),
  ),
  referral: optional(
    object({
      code: string(),
      url: string(),
      invited: integer(),
      converted: integer(),
      pointsEarned: integer(),
    }),
  ),
  redemptions: array(redemption),
  ruleUsage: array(object({ ruleId: string(), count: integer(), lastAt: string() })),
});

const ledgerEntry: Schema<LedgerEntry> = object({
  id: string(),
  kind: oneOf(LEDGER_KINDS),
  points: integer(),
  description: string(),
  createdAt: string(),
  pendingUntil: optional(string()),
});

const activityPageSchema: Schema<ActivityPage> = object({
  entries: array(ledgerEntry),
  nextCursor: optional(string()),
});

const redemptionResultSchema: Schema<RedemptionResult> = object({ redemption, balance });

const actionResultSchema: Schema<ActionResult> = object({ entry: ledgerEntry, balance });

const quoteSchema: Schema<{ points: number }> = pointsOnly;

/**
 * The schema of each operation's success body. The client validates with it;
 * the contract test checks it accepts exactly what openapi.yaml describes.
 */
export const RESPONSE_SCHEMAS = {
  getProgram: programSchema,
  getCustomer: customerSchema,
  getActivity: activityPageSchema,
  redeem: redemptionResultSchema,
  cancelRedemption: redemptionResultSchema,
  claimAction: actionResultSchema,
  setBirthday: customerSchema,
  quote: quoteSchema,
} satisfies Record<OperationId, Schema<unknown>>;

/** RFC 9457 problem details, as every error response carries. */
export const problemSchema = object({
  title: optional(string()),
  detail: optional(string()),
  code: optional(string()),
});
