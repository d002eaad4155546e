import { isLoyaltyError } from '@loyaltykit/core';
import type { LoyaltyKitApi } from '../public-api.ts';
import { shown } from '../shared/options.ts';

/** A queued call's failure; a `LoyaltyError` was already reported by the method that raised it. */
const report = (error: unknown) => {
  if (!isLoyaltyError(error)) console.warn('[LoyaltyKit] A queued call failed:', error);
};

/**
 * Replays the calls the page queued before the script loaded
 * (`LoyaltyKit.push(['open', 'redeem'])`), in order. Each call stands alone:
 * one that is malformed, names no method, throws or rejects is reported on the
 * console and the next one still runs. Nothing reaches the page, which has no
 * caller waiting on a queued call to catch it.
 */
export function replayQueue(api: LoyaltyKitApi, queued: unknown[]): void {
  for (const entry of queued) {
    try {
      // Not iterable (a page pushed null or a number): the destructuring throws, and is reported.
      const [method, ...args] = entry as unknown[];
      const call =
        typeof method === 'string' && Object.hasOwn(api, method)
          ? api[method as keyof LoyaltyKitApi]
          : undefined;
      if (typeof call === 'function') {
        Promise.resolve((call as (...a: unknown[]) => unknown)(...args)).catch(report);
      } else {
        console.warn(
          `[LoyaltyKit] Queued call "${shown(method)}" is not a LoyaltyKit method; ignored.`,
        );
      }
    } catch (error) {
      report(error);
    }
  }
}
