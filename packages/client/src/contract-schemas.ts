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
  boolean,
  integer,
  intersect,
  nullable,
  number,
  object,
  omissible,
  oneOf,
  optional,
  parse,
  restriction,
  type Schema,
  SchemaError,
  string,
  timestamp,
  variant,
} from './schema.ts';

// One schema per response body of openapi.yaml. Each is annotated with the
// core type it must produce, so the compiler keeps the runtime checks, the
// domain types and (through the contract test) the document in step.
//
// Read forward-compatibly (see the README): a value the client cannot read
// (an unknown kind, a wrong type, a date that is not one) costs that value,
// not the response.
// - A required key of a list item is the item's core: the item is dropped.
// - An `optional` key that does not match becomes absent (a first name, a
//   description, a tier status, a code's expiry date: the code stays).
// - A `restriction` is an optional key whose absence would widen an offer
//   (tiers, minimum order, caps, exclusions): it fails its item instead.
// - A list that is not a list reads as empty; a repeated id keeps the first.
// - A response's core is its required top-level keys: a programme's id, name
//   and currency; a customer's id and balance; a redemption result's
//   redemption and balance; an action's entry and balance; a quote's points;
//   a bootstrap's customer (`null` for a guest) and programme (which may be
//   left out for the client that holds it). Without them the call fails
//   with `invalid_response`.

const strings = array(string());
const byId = <T extends { id: string }>(item: Schema<T>) => array(item, 'id');
const money: Schema<Money> = object({ amountMinor: integer(), currency: string() });

const pointsOnly = object({ points: integer() });
const social = object({ points: integer(), network: oneOf(SOCIAL_NETWORKS), url: string() });

const earningRule: Schema<EarningRule> = intersect(
  object({
    id: string(),
    title: string(),
    description: optional(string()),
    tierIds: restriction(strings),
    limit: restriction(object({ count: integer(), per: oneOf(LIMIT_PERIODS) })),
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
      excludedProductIds: restriction(strings),
      excludedCollectionIds: restriction(strings),
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
    minimumOrder: restriction(money),
    tierIds: restriction(strings),
    expiresInDays: restriction(integer()),
  }),
  variant('kind', {
    fixed_discount: object({ value: money }),
    percent_discount: object({ percent: number() }),
    free_shipping: object({ maxShipping: restriction(money) }),
    free_product: object({ productId: string() }),
    gift_card: object({ value: money }),
    variable: object({
      pointsStep: integer(),
      valueStep: money,
      maxPoints: restriction(integer()),
    }),
    custom: object({}),
  }),
);

const programSchema: Schema<Program> = object({
  id: string(),
  name: string(),
  currency: string(),
  earningRules: byId(earningRule),
  rewards: byId(reward),
  tiers: byId(
    object({
      id: string(),
      name: string(),
      threshold: integer(),
      multiplier: number(),
      perks: strings,
      entryPoints: optional(integer()),
    }),
  ),
  bonusEvents: byId(
    object({
      id: string(),
      title: string(),
      multiplier: number(),
      startsAt: timestamp(),
      endsAt: timestamp(),
      scope: oneOf(BONUS_SCOPES),
      collectionIds: restriction(strings),
      tierIds: restriction(strings),
    }),
  ),
  referral: optional(
    object({
      referrerPoints: integer(),
      refereeReward: variant('kind', {
        fixed_discount: object({ value: money }),
        percent_discount: object({ percent: number() }),
      }),
      minimumOrder: restriction(money),
    }),
  ),
  pendingDays: optional(integer()),
  signUpUrl: optional(string()),
  signInUrl: optional(string()),
  // A capability it cannot read is absent, so supported: at worst the
  // widget offers what the backend then refuses with a problem.
  capabilities: optional(
    object({
      cancelRedemption: optional(boolean()),
      variableRewards: optional(boolean()),
      birthday: optional(boolean()),
      actions: optional(boolean()),
      referrals: optional(boolean()),
      activity: optional(boolean()),
      quote: optional(boolean()),
    }),
  ),
});

const balance: Schema<Balance> = object({
  available: integer(),
  pending: integer(),
  lifetime: integer(),
  expiring: optional(object({ points: integer(), at: timestamp() })),
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
  createdAt: timestamp(),
  // Optional, not a restriction: a code the shopper paid for stays in view without its date.
  expiresAt: optional(timestamp()),
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
      periodEnd: optional(timestamp()),
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
  redemptions: byId(redemption),
  ruleUsage: array(object({ ruleId: string(), count: integer(), lastAt: timestamp() }), 'ruleId'),
});

const ledgerEntry: Schema<LedgerEntry> = object({
  id: string(),
  kind: oneOf(LEDGER_KINDS),
  points: integer(),
  description: string(),
  createdAt: timestamp(),
  pendingUntil: optional(timestamp()),
});

const activityPageSchema: Schema<ActivityPage> = object({
  entries: byId(ledgerEntry),
  nextCursor: optional(string()),
});

const redemptionResultSchema: Schema<RedemptionResult> = object({ redemption, balance });

const actionResultSchema: Schema<ActionResult> = object({ entry: ledgerEntry, balance });

const quoteSchema: Schema<{ points: number }> = pointsOnly;

/** `GET /v1/bootstrap` as sent: `program` is left out when `If-None-Match` named it. */
const bootstrapSchema = object({
  program: omissible(programSchema),
  // Without it the answer is still usable, only not cacheable.
  programEtag: optional(string()),
  customer: nullable(customerSchema),
});

/**
 * The schema of each operation's success body. The client validates with it;
 * the contract test checks it accepts exactly what openapi.yaml describes.
 */
export const RESPONSE_SCHEMAS = {
  getProgram: programSchema,
  getCustomer: customerSchema,
  bootstrap: bootstrapSchema,
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

/**
 * Where a success body departs from openapi.yaml for `operation`: every
 * mismatch the client would drop a value for or fail on, each naming its path
 * (`$.rewards[2].pointsPrice: expected integer, got string`); empty when the
 * body matches. For conformance checks of a backend: the client itself reads
 * forward-compatibly and uses what it can.
 */
export function responseMismatches(operation: OperationId, body: unknown): string[] {
  try {
    return parse(RESPONSE_SCHEMAS[operation] as Schema<unknown>, body)[1];
  } catch (error) {
    if (error instanceof SchemaError) return [error.message];
    throw error;
  }
}
