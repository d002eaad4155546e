import type {
  ActionResult,
  ActivityPage,
  Cart,
  Customer,
  Program,
  RedeemRequest,
  RedemptionResult,
} from '@loyaltykit/core';

/** A redemption as the gateway hands it on: validated, its idempotency already handled. */
export type RedeemInput = Omit<RedeemRequest, 'idempotencyKey'>;

type Awaitable<T> = T | Promise<T>;

/**
 * Customer-scoped calls to one loyalty platform, made server-side with the
 * platform's secret credentials. The gateway calls a connector only for a
 * request that passed every check (publishable key, token, body), with the
 * customer id the token names, and at most once per idempotency key.
 *
 * Refusals are `LoyaltyError`s with a 4xx `status` and a stable `code`
 * (`insufficient_points` 422, `not_found` 404, ...): the gateway answers them
 * as problem documents, and stores them for replay. Anything else (a thrown
 * `Error`, a 5xx) is a failure: answered 500 and not stored, so a retry with
 * the same key may still succeed.
 */
export interface Connector {
  /**
   * The languages the programme's texts (names, titles, descriptions, perks)
   * exist in, as BCP 47 tags, its own language first. With more than one, the
   * gateway picks the closest to each request's `Accept-Language`, passes it
   * to `program` and `customer`, and answers with `Content-Language` and
   * `Vary: Accept-Language`. Absent: one language, nothing negotiated.
   */
  locales?: readonly string[];
  /** The programme, public; its texts in `locale` (one of `locales`) when given. */
  program(locale?: string): Awaitable<Program>;
  /**
   * `undefined` for a customer the platform does not know (a 401). With
   * `locale`, the reward titles of their codes in that language, as `program`'s.
   */
  customer(customerId: string, locale?: string): Awaitable<Customer | undefined>;
  activity(customerId: string, page: { cursor?: string; limit?: number }): Awaitable<ActivityPage>;
  redeem(customerId: string, input: RedeemInput): Awaitable<RedemptionResult>;
  cancelRedemption(customerId: string, redemptionId: string): Awaitable<RedemptionResult>;
  claimAction(customerId: string, ruleId: string): Awaitable<ActionResult>;
  setBirthday(customerId: string, birthday: { month: number; day: number }): Awaitable<Customer>;
  /** Points for a cart, at the customer's tier when one is given. Optional: without it `POST /v1/quote` is 404. */
  quote?(cart: Cart, customerId?: string): Awaitable<{ points: number }>;
}
