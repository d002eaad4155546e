import { type Customer, EARNING_RULE_KINDS, type Program } from '@loyaltykit/core';
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

// Each schema is annotated with the core type it must produce, so the compiler
// keeps the runtime checks and the domain types in step.

const money = object({ amountMinor: integer(), currency: string() });

const rewardBase = object({
  id: string(),
  title: string(),
  description: optional(string()),
  pointsPrice: integer(),
  minimumOrder: optional(money),
  tierIds: optional(array(string())),
});

const rewardDetails = variant('kind', {
  fixed_discount: object({ value: money }),
  percent_discount: object({ percent: number() }),
  free_shipping: object({ maxShipping: optional(money) }),
  free_product: object({ productId: string() }),
  gift_card: object({ value: money }),
  variable: object({ pointsStep: integer(), valueStep: money, maxPoints: optional(integer()) }),
  custom: object({}),
});

const earningRule = object({
  id: string(),
  kind: oneOf(EARNING_RULE_KINDS),
  title: string(),
  rewardText: string(),
  pointsPerUnit: optional(number()),
  points: optional(integer()),
});

const tier = object({
  id: string(),
  name: string(),
  threshold: integer(),
  multiplier: number(),
  perks: array(string()),
});

export const programSchema: Schema<Program> = object({
  id: string(),
  name: string(),
  currency: string(),
  earningRules: array(earningRule),
  rewards: array(intersect(rewardBase, rewardDetails)),
  tiers: array(tier),
  signUpUrl: optional(string()),
  signInUrl: optional(string()),
});

export const customerSchema: Schema<Customer> = object({
  id: string(),
  firstName: optional(string()),
  balance: object({
    available: integer(),
    pending: integer(),
    lifetime: integer(),
    expiring: optional(object({ points: integer(), at: string() })),
  }),
  tier: optional(
    object({
      currentTierId: string(),
      nextTierId: optional(string()),
      progress: number(),
      toNext: optional(integer()),
    }),
  ),
});

/** RFC 9457 problem details, as every error response carries. */
export const problemSchema = object({
  type: optional(string()),
  title: optional(string()),
  status: optional(integer()),
  detail: optional(string()),
  code: optional(string()),
});
