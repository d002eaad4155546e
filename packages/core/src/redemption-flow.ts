import { type ReadonlySignal, signal } from '@preact/signals-core';
import type { RedemptionResult } from './backend.ts';
import { isLoyaltyError, LoyaltyError } from './errors.ts';
import type { LoyaltyModel } from './model.ts';
import type { Cart, Customer, Redemption } from './types.ts';

/** Errors after which the server may or may not have redeemed: retry with the same key to find out. */
const UNKNOWN_OUTCOME: ReadonlySet<string> = new Set([
  'network_error',
  'timeout',
  'http_error',
  'invalid_response',
  'request_in_progress',
  'rate_limited',
]);

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

/** Redeeming and cancelling rewards, exactly once per shopper intent. */
export interface RedemptionFlow {
  /** The latest intent, for buttons (disabled while pending) and the live region. */
  readonly intent: ReadonlySignal<RedemptionIntent | undefined>;
  /**
   * Redeems a reward. While it is pending, calls for the same reward (double
   * clicks, a second widget) return the same promise and send nothing; calls
   * for another reward reject with `request_in_progress`. A new intent gets a
   * new idempotency key, which the client reuses on its retries; after a
   * failure of unknown outcome, redeeming the same reward again reuses the
   * failed intent's key, so the server replays instead of redeeming twice.
   */
  redeem(rewardId: string, options?: RedeemOptions): Promise<Redemption>;
  /** Repeats a failed intent whose outcome is unknown with the same key: the server replays, never redeems twice. */
  retry(): Promise<Redemption>;
  /** Cancels an unused code and refunds its points. */
  cancel(redemptionId: string): Promise<Redemption>;
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

/**
 * Creates the redemption flow over a model. Every confirmed change (balance,
 * issued or cancelled code) goes into the model, so the launcher, the panel
 * and the checkout widget agree.
 *
 * @example
 * ```ts
 * const flow = createRedemptionFlow(model);
 * const redemption = await flow.redeem('rw_5off'); // redemption.code → apply at checkout
 * ```
 */
export function createRedemptionFlow(model: LoyaltyModel): RedemptionFlow {
  const intent = signal<RedemptionIntent | undefined>(undefined);
  let inFlight: Promise<Redemption> | undefined;
  let lastRequest: { rewardId: string; key: string; options: RedeemOptions } | undefined;

  function send(rewardId: string, key: string, options: RedeemOptions): Promise<Redemption> {
    lastRequest = { rewardId, key, options };
    intent.value = { status: 'pending', rewardId, key };
    inFlight = model.backend
      .redeem({ rewardId, idempotencyKey: key, ...options })
      .then(
        (result) => {
          model.updateCustomer((customer) => applyResult(customer, result));
          intent.value = { status: 'succeeded', rewardId, key, redemption: result.redemption };
          return result.redemption;
        },
        (reason: unknown) => {
          const error = asLoyaltyError(reason);
          intent.value = {
            status: 'failed',
            rewardId,
            key,
            error,
            retryable: UNKNOWN_OUTCOME.has(error.code),
          };
          throw error;
        },
      )
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  }

  return {
    intent,
    redeem(rewardId, options = {}) {
      if (inFlight) {
        return lastRequest?.rewardId === rewardId
          ? inFlight
          : Promise.reject(
              new LoyaltyError('request_in_progress', 'Another redemption is in progress'),
            );
      }
      const current = intent.peek();
      const sameUnknown =
        current?.status === 'failed' &&
        current.retryable &&
        lastRequest?.rewardId === rewardId &&
        lastRequest.options.points === options.points;
      return send(rewardId, sameUnknown ? current.key : newKey(), options);
    },
    retry() {
      if (inFlight) return inFlight;
      const current = intent.peek();
      if (!lastRequest || current?.status !== 'failed' || !current.retryable) {
        return Promise.reject(
          new LoyaltyError('validation_failed', 'There is no redemption to retry'),
        );
      }
      return send(lastRequest.rewardId, lastRequest.key, lastRequest.options);
    },
    async cancel(redemptionId) {
      const result = await model.backend.cancelRedemption(redemptionId).catch((reason: unknown) => {
        throw asLoyaltyError(reason);
      });
      model.updateCustomer((customer) => applyResult(customer, result));
      return result.redemption;
    },
  };
}
