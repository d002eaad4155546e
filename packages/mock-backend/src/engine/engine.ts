import type {
  ActionResult,
  ActivityPage,
  Cart,
  Customer,
  Program,
  RedemptionResult,
} from '@loyaltykit/core';
import { pointsForCart } from '@loyaltykit/core';
import { createMemoryStore, type IdempotencyStore, type RedeemInput } from '@loyaltykit/gateway';
import { activityPage } from './activity.ts';
import { type EngineContext, memberOf } from './context.ts';
import { toCustomer, toEntry } from './customer-view.ts';
import * as earning from './earning.ts';
import { type IdGenerator, stateIds } from './ids.ts';
import { balanceOf } from './ledger.ts';
import * as redemptions from './redemptions.ts';
import { currentTierId } from './rules.ts';
import { join, newMember, seedMembers } from './seeding.ts';
import { startOfDay } from './time.ts';
import { seedLocales, translateCustomer, translateProgram } from './translations.ts';
import type { EngineSeed, EngineState, Member, Persona } from './types.ts';

/** How an engine is built; everything is optional and deterministic by default. */
export interface EngineOptions {
  /** The engine clock in ms. Default `Date.now`. */
  now?: () => number;
  /** Seed of the default id and code generator. Default 1. */
  randomSeed?: number;
  /** Replaces the default generator, e.g. to issue predictable codes in a test. */
  ids?: IdGenerator;
  /** A saved {@link LoyaltyEngine.snapshot} to continue from, instead of replaying the seed. */
  state?: EngineState;
  /** Called after every operation that may have changed the state (persistence hooks in here). */
  onChange?: (state: EngineState) => void;
}

/** What an order placed through {@link LoyaltyEngine.placeOrder} earned. */
export interface OrderOutcome extends Omit<ActionResult, 'entry'> {
  points: number;
  entry?: ActionResult['entry'];
}

/**
 * The in-memory loyalty engine behind the mock Storefront API. Methods throw
 * `LoyaltyError`s carrying the HTTP status the API answers with; results are
 * copies, so no caller can change a balance behind the engine's back.
 */
export interface LoyaltyEngine {
  /** Customer ids of the seed's scenario members. */
  readonly personas: Readonly<Record<Persona, string>>;
  /** Idempotency keys of this engine's customers. */
  readonly idempotency: IdempotencyStore;
  /** The engine clock (ms). */
  now(): number;
  /** The languages the programme's texts exist in (the seed's own first); empty when it names none. */
  locales(): string[];
  /** The programme; its texts in `locale` when the seed has that translation. */
  program(locale?: string): Program;
  /** `undefined` for an id the engine does not know; its codes' reward titles in `locale`. */
  customer(customerId: string, locale?: string): Customer | undefined;
  activity(customerId: string, page?: { cursor?: string; limit?: number }): ActivityPage;
  redeem(customerId: string, input: RedeemInput): RedemptionResult;
  cancelRedemption(customerId: string, redemptionId: string): RedemptionResult;
  claimAction(customerId: string, ruleId: string): ActionResult;
  setBirthday(customerId: string, birthday: { month: number; day: number }): Customer;
  /** Points a cart would earn, at the customer's tier when one is given. */
  quote(cart: Cart, customerId?: string): { points: number };
  /** Records a completed order (demos and tests play the shop's part with it). */
  placeOrder(customerId: string, cart: Cart): OrderOutcome;
  /** Signs a new member up (signup points), optionally through a member's referral code. */
  enroll(profile: { firstName?: string; referralCode?: string }): Customer;
  /** The whole state as JSON-safe data, for {@link EngineOptions.state}. */
  snapshot(): EngineState;
}

const emptyState = (randomSeed: number): EngineState => ({
  version: 1,
  members: {},
  responses: {},
  counter: 0,
  random: randomSeed,
});

/**
 * Creates an engine from a seed: the programme as of today (so its bonus
 * event is live), and the seed members with their history replayed.
 *
 * @example
 * ```ts
 * const engine = createEngine(usStore, { now: () => Date.UTC(2026, 4, 1) });
 * engine.placeOrder(engine.personas.member, cart);
 * engine.customer(engine.personas.member)?.balance.pending; // what pointsForCart promised
 * ```
 */
export function createEngine(seed: EngineSeed, options: EngineOptions = {}): LoyaltyEngine {
  const now = options.now ?? Date.now;
  const state = options.state
    ? structuredClone(options.state)
    : emptyState(options.randomSeed ?? 1);
  const context: EngineContext = {
    program: seed.program(startOfDay(now())),
    seed,
    state,
    ids: options.ids ?? stateIds(state),
  };
  if (!options.state) seedMembers(context, now());
  const changed = () => options.onChange?.(state);
  // Completed responses live in the state, so a reloaded demo still replays them.
  const idempotency = createMemoryStore({ records: state.responses, now, onStore: changed });

  /** Runs `work` on a settled member at the engine time; the result is a copy. */
  function act<T>(customerId: string, work: (member: Member, at: number) => T): T {
    const member = memberOf(context, customerId);
    const at = now();
    try {
      earning.settle(context, member, at);
      return structuredClone(work(member, at));
    } finally {
      changed();
    }
  }

  const result = (member: Member, at: number, redemption: RedeemInput | string) => ({
    redemption:
      typeof redemption === 'string'
        ? redemptions.cancelRedemption(context, member, at, redemption)
        : redemptions.redeem(context, member, at, redemption),
    balance: balanceOf(member, at),
  });

  return {
    personas: seed.personas,
    idempotency,
    now,
    locales: () => seedLocales(seed),
    program: (locale) => structuredClone(translateProgram(seed, context.program, locale)),
    customer: (customerId, locale) =>
      state.members[customerId]
        ? act(customerId, (member, at) =>
            translateCustomer(seed, toCustomer(context, member, at), locale),
          )
        : undefined,
    activity: (customerId, page = {}) =>
      act(customerId, (member, at) => activityPage(member, at, page)),
    redeem: (customerId, input) => act(customerId, (member, at) => result(member, at, input)),
    cancelRedemption: (customerId, redemptionId) =>
      act(customerId, (member, at) => result(member, at, redemptionId)),
    claimAction: (customerId, ruleId) =>
      act(customerId, (member, at) => ({
        entry: toEntry(earning.claimAction(context, member, at, ruleId), at),
        balance: balanceOf(member, at),
      })),
    setBirthday: (customerId, birthday) =>
      act(customerId, (member, at) => {
        earning.setBirthday(context, member, at, birthday);
        return toCustomer(context, member, at);
      }),
    quote: (cart, customerId) => {
      const at = now();
      const member = customerId === undefined ? undefined : memberOf(context, customerId);
      const tierId = member && currentTierId(context, member, at);
      return { points: pointsForCart(context.program, cart, { tierId, now: at }).points };
    },
    placeOrder: (customerId, cart) =>
      act(customerId, (member, at) => {
        const { points, entry } = earning.placeOrder(context, member, at, cart);
        return {
          points,
          ...(entry && { entry: toEntry(entry, at) }),
          balance: balanceOf(member, at),
        };
      }),
    enroll: ({ firstName, referralCode }) => {
      const at = now();
      const referrer = Object.values(state.members).find((m) => m.referralCode === referralCode);
      const member = newMember(context, {
        id: context.ids.id('cus'),
        firstName,
        referredBy: referrer?.id,
      });
      join(context, member, at);
      changed();
      return toCustomer(context, member, at);
    },
    snapshot: () => structuredClone(state),
  };
}
