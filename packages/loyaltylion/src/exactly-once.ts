import { isLoyaltyError, type RedemptionResult } from '@loyaltykit/core';

/**
 * Whether a failed redeem may have happened anyway: no answer came back (the
 * connection dropped, the deadline passed), the platform failed midway (5xx,
 * 408), or it answered with a body this adapter could not read.
 */
export function outcomeUnknown(error: unknown): boolean {
  if (!isLoyaltyError(error)) return true;
  if (error.code === 'network_error' || error.code === 'timeout') return true;
  if (error.code === 'invalid_response') return true;
  return error.code === 'http_error' && (error.status ?? 500) >= 500;
}

/** One shopper intent (one idempotency key): what it spends, and what was known before it. */
interface Intent {
  rewardId: number;
  /** Ids of the shopper's claimed rewards before the first request of this intent. */
  before?: ReadonlySet<number>;
  /** A request of this intent failed without telling whether it redeemed. */
  unknown: boolean;
  running?: Promise<RedemptionResult>;
  result?: RedemptionResult;
}

/** A claimed reward found in a fresh read of the shopper, as the intent's result. */
export interface Found {
  claimedRewardId: number;
  result: RedemptionResult;
}

/** What {@link createExactlyOnce} needs from the adapter, for one redeem call. */
export interface RedeemAttempt {
  rewardId: number;
  /** The shopper's claimed reward ids as of now (a recent read, or a new one). */
  claimedBefore(): Promise<ReadonlySet<number>>;
  /** Sends the one redeem request. */
  send(): Promise<Found>;
  /**
   * Reads the shopper afresh and returns the claimed reward that `match`
   * accepts, if any: the redemption a lost answer would have returned.
   */
  find(match: (claimed: { id: number; rewardId: number }) => boolean): Promise<Found | undefined>;
}

/**
 * Exactly-once redemptions over a platform that takes no idempotency key.
 * One request per intent: a call with a key already answered replays the
 * answer, a call while it is under way joins it. When a request fails
 * without telling whether it redeemed, the shopper's claimed rewards are read
 * again before anything else: a claimed reward of the same reward that was
 * not there before the intent, and that no other intent has taken, is the
 * intent's result. Only when the read shows none does a retry of the same key
 * send the request again.
 */
export function createExactlyOnce() {
  const intents = new Map<string, Intent>();
  /** Claimed rewards already given to an intent as its result. */
  const taken = new Set<number>();

  const settle = (intent: Intent, found: Found) => {
    taken.add(found.claimedRewardId);
    intent.result = found.result;
    intent.unknown = false;
    return found.result;
  };

  const recover = (intent: Intent, attempt: RedeemAttempt) =>
    attempt.find(
      ({ id, rewardId }) =>
        rewardId === intent.rewardId && !intent.before?.has(id) && !taken.has(id),
    );

  return function redeemOnce(key: string, attempt: RedeemAttempt): Promise<RedemptionResult> {
    const known = intents.get(key);
    if (known?.result) return Promise.resolve(known.result);
    if (known?.running) return known.running;
    const intent: Intent = known ?? { rewardId: attempt.rewardId, unknown: false };
    intents.set(key, intent);
    const run = async (): Promise<RedemptionResult> => {
      if (!intent.before) {
        try {
          intent.before = await attempt.claimedBefore();
        } catch (error) {
          // Nothing was sent: the intent starts again from scratch.
          intents.delete(key);
          throw error;
        }
      }
      if (intent.unknown) {
        const found = await recover(intent, attempt);
        if (found) return settle(intent, found);
      }
      try {
        return settle(intent, await attempt.send());
      } catch (error) {
        if (!outcomeUnknown(error)) {
          // Refused: nothing was redeemed, and the same key may try again from scratch.
          intents.delete(key);
          throw error;
        }
        intent.unknown = true;
        const found = await recover(intent, attempt).catch(() => undefined);
        if (found) return settle(intent, found);
        throw error;
      }
    };
    intent.running = run().finally(() => {
      intent.running = undefined;
    });
    return intent.running;
  };
}
