import { computed, type ReadonlySignal, signal } from '@preact/signals-core';
import type { RedemptionResult } from './backend.ts';
import { isLoyaltyError, LoyaltyError } from './errors.ts';
import type { LoyaltyModel } from './model.ts';
import { callForShopper, reloadCustomer, TRANSIENT_CODES } from './shopper.ts';
import type { Cart, Customer, Redemption } from './types.ts';

/** One shopper intent to redeem, from click to result. */
export type RedemptionIntent =
  | { status: 'pending'; rewardId: string; key: string }
  | { status: 'succeeded'; rewardId: string; key: string; redemption: Redemption }
  | {
      status: 'failed';
      rewardId: string;
      key: string;
      error: LoyaltyError;
      /** True when the outcome is unknown: `retry()` repeats the intent with the same key. */
      retryable: boolean;
    };

export interface RedeemOptions {
  /** Points to spend, for variable rewards. */
  points?: number;
  /** The cart the code is for (minimum order checks). */
  cart?: Cart;
}

/**
 * Refusals that mean this page's numbers are behind the server's (another tab
 * spent the points, a code was used or expired meanwhile): the customer is
 * read again, so what the shopper sees is what the server holds.
 */
const STALE_STATE: ReadonlySet<string> = new Set([
  'insufficient_points',
  'reward_unavailable',
  'tier_required',
  'redemption_not_cancellable',
  'not_found',
]);

/** Redeeming and cancelling rewards, exactly once per shopper intent. */
export interface RedemptionFlow {
  /**
   * The latest redemption intent of the current shopper, for buttons
   * (disabled while pending) and the live region; `undefined` again once the
   * shopper changes.
   */
  readonly intent: ReadonlySignal<RedemptionIntent | undefined>;
  /**
   * Redeems a reward. While it is pending, calls for the same reward (double
   * clicks, a second widget) return the same promise and send nothing; calls
   * for another reward reject with `request_in_progress`. A new intent gets a
   * new idempotency key, which the client reuses on its retries; after a
   * failure of unknown outcome, redeeming the same reward again reuses the
   * failed intent's key, so the server replays instead of redeeming twice.
   * After an unknown outcome or a refusal that shows this page was behind
   * (`insufficient_points`, ...), the customer is read again
   * ({@link reloadCustomer}). If the shopper changes before the
   * answer, it rejects with `identity_changed` and changes nothing.
   */
  redeem(rewardId: string, options?: RedeemOptions): Promise<Redemption>;
  /** Repeats a failed intent whose outcome is unknown with the same key: the server replays, never redeems twice. */
  retry(): Promise<Redemption>;
  /**
   * Cancels an unused code and refunds its points, once: while it is on the
   * way, and after it succeeded, calls for the same code return the same
   * promise and send nothing. A failed cancel can be tried again.
   */
  cancel(redemptionId: string): Promise<Redemption>;
  /**
   * The cancel of this code that is on the way or done for the current
   * shopper, if any: a widget that sees one knows its click is a repeat of
   * an intent already handled (no second event).
   */
  cancellation(redemptionId: string): Promise<Redemption> | undefined;
}

const newKey = () => globalThis.crypto.randomUUID();

function applyResult(customer: Customer, { redemption, balance }: RedemptionResult): Customer {
  const others = customer.redemptions.filter((r) => r.id !== redemption.id);
  return {
    ...customer,
    balance,
    redemptions: redemption.status === 'issued' ? [redemption, ...others] : others,
  };
}

const asLoyaltyError = (reason: unknown) =>
  isLoyaltyError(reason)
    ? reason
    : new LoyaltyError('invalid_response', 'Unexpected failure while redeeming', { cause: reason });

/** What one shopper has under way; a new shopper starts with none of it. */
interface Session {
  identity: number;
  inFlight?: Promise<Redemption>;
  lastRequest?: { rewardId: string; key: string; options: RedeemOptions };
  cancels: Map<string, Promise<Redemption>>;
}

/**
 * Creates the redemption flow over a model. Every confirmed change (balance,
 * issued or cancelled code) goes into the model, so the launcher, the panel
 * and the checkout widget agree. Everything under way belongs to the shopper
 * it started for: when the model's identity changes, answers still arriving
 * are dropped and the intent starts empty.
 *
 * @example
 * ```ts
 * const flow = createRedemptionFlow(model);
 * const redemption = await flow.redeem('rw_5off'); // redemption.code → apply at checkout
 * ```
 */
export function createRedemptionFlow(model: LoyaltyModel): RedemptionFlow {
  const newSession = (): Session => ({ identity: model.identity.peek(), cancels: new Map() });
  let current = newSession();
  const latest = signal<{ identity: number; intent: RedemptionIntent } | undefined>(undefined);
  const intent = computed(() => {
    const shown = latest.value;
    return shown?.identity === model.identity.value ? shown.intent : undefined;
  });

  /** The current shopper's session: a fresh one after a change of identity. */
  function session(): Session {
    if (current.identity !== model.identity.peek()) current = newSession();
    return current;
  }

  const setIntent = (of: Session, next: RedemptionIntent) => {
    // A past shopper's intent is never shown (the computed above checks too).
    if (of.identity === model.identity.peek())
      latest.value = { identity: of.identity, intent: next };
  };

  /** A refusal or a lost answer: bring the shown balance back to the server's. */
  const reconcile = (error: LoyaltyError) => {
    if (TRANSIENT_CODES.has(error.code) || STALE_STATE.has(error.code)) void reloadCustomer(model);
  };

  function send(rewardId: string, key: string, options: RedeemOptions): Promise<Redemption> {
    const of = session();
    of.lastRequest = { rewardId, key, options };
    setIntent(of, { status: 'pending', rewardId, key });
    const running = callForShopper(model, (backend) =>
      backend.redeem({ rewardId, idempotencyKey: key, ...options }),
    )
      .then(
        (result) => {
          model.updateCustomer((customer) => applyResult(customer, result));
          setIntent(of, { status: 'succeeded', rewardId, key, redemption: result.redemption });
          return result.redemption;
        },
        (reason: unknown) => {
          const error = asLoyaltyError(reason);
          if (error.code === 'identity_changed') throw error;
          const retryable = TRANSIENT_CODES.has(error.code);
          setIntent(of, { status: 'failed', rewardId, key, error, retryable });
          reconcile(error);
          throw error;
        },
      )
      .finally(() => {
        if (of.inFlight === running) of.inFlight = undefined;
      });
    of.inFlight = running;
    return running;
  }

  return {
    intent,
    redeem(rewardId, options = {}) {
      const { inFlight, lastRequest } = session();
      const failed = intent.peek();
      if (inFlight) {
        return lastRequest?.rewardId === rewardId
          ? inFlight
          : Promise.reject(
              new LoyaltyError('request_in_progress', 'Another redemption is in progress'),
            );
      }
      const sameUnknown =
        failed?.status === 'failed' &&
        failed.retryable &&
        lastRequest?.rewardId === rewardId &&
        lastRequest.options.points === options.points;
      return send(rewardId, sameUnknown ? failed.key : newKey(), options);
    },
    retry() {
      const { inFlight, lastRequest } = session();
      const current = intent.peek();
      if (inFlight) return inFlight;
      if (!lastRequest || current?.status !== 'failed' || !current.retryable) {
        return Promise.reject(
          new LoyaltyError('validation_failed', 'There is no redemption to retry'),
        );
      }
      return send(lastRequest.rewardId, lastRequest.key, lastRequest.options);
    },
    cancel(redemptionId) {
      const of = session();
      const known = of.cancels.get(redemptionId);
      if (known) return known;
      const running = callForShopper(model, (backend) =>
        backend.cancelRedemption(redemptionId),
      ).then(
        (result) => {
          model.updateCustomer((customer) => applyResult(customer, result));
          return result.redemption;
        },
        (reason: unknown) => {
          const error = asLoyaltyError(reason);
          // Not done: the shopper may try again (a cancel is safe to repeat).
          of.cancels.delete(redemptionId);
          if (error.code !== 'identity_changed') reconcile(error);
          throw error;
        },
      );
      of.cancels.set(redemptionId, running);
      return running;
    },
    cancellation: (redemptionId) =>
      current.identity === model.identity.peek() ? current.cancels.get(redemptionId) : undefined,
  };
}

const shared = new WeakMap<LoyaltyModel, RedemptionFlow>();

/**
 * The page's one redemption flow over `model`. Every widget that redeems or
 * cancels uses it, so one intent sends one request and one event whichever
 * widget it came from (the checkout's Remove and the panel's "Cancel and
 * refund" for the same code, say), and a second widget sees a redemption in
 * flight as in flight.
 */
export function sharedRedemptionFlow(model: LoyaltyModel): RedemptionFlow {
  let flow = shared.get(model);
  if (!flow) {
    flow = createRedemptionFlow(model);
    shared.set(model, flow);
  }
  return flow;
}
