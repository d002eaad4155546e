import type { LoyaltyBackend } from './backend.ts';
import { isLoyaltyError, LoyaltyError } from './errors.ts';
import { type LoyaltyModel, readGuestAsNull } from './model.ts';

// What the flows (redeem, cancel, claim, activity) share about the shopper a
// call is for. Kept out of the model so the script tag's entry, which only
// loads, carries none of it.

/** Pauses before each attempt of {@link reloadCustomer}: about 7 s in all. */
export const RELOAD_DELAYS_MS = [0, 1000, 2000, 4000] as const;

/**
 * Failures after which asking again, a moment later, may get an answer, and
 * after which a change may or may not have happened on the server.
 */
export const TRANSIENT_CODES: ReadonlySet<string> = new Set([
  'network_error',
  'timeout',
  'http_error',
  'invalid_response',
  'request_in_progress',
  'rate_limited',
]);

/**
 * Runs a backend call for the model's current shopper. If the shopper changes
 * (`identify()`, `signOut()`) before it settles, its outcome is dropped: the
 * promise rejects with an `identity_changed` LoyaltyError, so no state changes
 * and no event fires for someone who has left.
 *
 * @example
 * ```ts
 * const { entry } = await callForShopper(model, (backend) => backend.claimAction('follow'));
 * ```
 */
export function callForShopper<T>(
  model: Pick<LoyaltyModel, 'backend' | 'identity'>,
  run: (backend: LoyaltyBackend) => Promise<T>,
): Promise<T> {
  const from = model.identity.peek();
  const settle = <V>(outcome: () => V): V => {
    if (model.identity.peek() !== from) {
      throw new LoyaltyError('identity_changed', 'The shopper changed before the call settled');
    }
    return outcome();
  };
  return new Promise<T>((resolve) => resolve(run(model.backend))).then(
    (value) => settle(() => value),
    (reason: unknown) =>
      settle(() => {
        throw reason;
      }),
  );
}

const reloads = new WeakMap<LoyaltyModel, { identity: number; done: Promise<void> }>();

/**
 * Re-reads the signed-in customer, asking again after 1, 2 and 4 s while the
 * backend cannot answer: after a points-changing call that ended without a
 * definite answer (a lost response), or that the backend refused because this
 * page was behind (another tab spent the points), so the balance shown becomes
 * the server's. Concurrent calls share one reload; it stops when the shopper
 * changes. Never rejects.
 */
export function reloadCustomer(model: LoyaltyModel): Promise<void> {
  const identity = model.identity.peek();
  const running = reloads.get(model);
  if (running?.identity === identity) return running.done;
  const reload = {
    identity,
    done: reread(model).finally(() => {
      if (reloads.get(model) === reload) reloads.delete(model);
    }),
  };
  reloads.set(model, reload);
  return reload.done;
}

async function reread(model: LoyaltyModel): Promise<void> {
  // A guest has no balance to correct; a shopper not known yet is being loaded anyway.
  if (!model.customer.peek()) return;
  const from = model.identity.peek();
  for (const pause of RELOAD_DELAYS_MS) {
    if (pause) await new Promise((resolve) => setTimeout(resolve, pause));
    if (model.identity.peek() !== from) return;
    try {
      const next = await callForShopper(model, (b) => b.getCustomer().catch(readGuestAsNull));
      if (next) model.updateCustomer(() => next);
      return;
    } catch (reason) {
      // Only a backend that cannot answer now is worth asking again.
      if (!isLoyaltyError(reason) || !TRANSIENT_CODES.has(reason.code)) return;
    }
  }
}
