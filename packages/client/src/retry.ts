import type { Reply } from './fetch-once.ts';

/**
 * How failed requests are retried. Only requests that cannot act twice are:
 * GETs, DELETEs and POSTs with an idempotency key (redeem, claimAction).
 *
 * @example
 * ```ts
 * // Checkout: one quick retry at most, so the page never waits long.
 * createHttpBackend({ apiUrl, publishableKey, retry: { retries: 1, maxDelayMs: 1000 } });
 * ```
 */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2 (three attempts in all); 0 disables retrying. */
  retries?: number;
  /** Upper bound of the first backoff, doubled on each retry. Default 300 ms. */
  baseDelayMs?: number;
  /**
   * Cap of every wait, backoff or `Retry-After`. A server asking for a longer
   * pause gets no retry: the call fails at once with `rate_limited` or its
   * error, because a shopper should not watch a spinner for a minute.
   * Default 5000 ms.
   */
  maxDelayMs?: number;
}

export type RetryPolicy = Required<RetryOptions>;

export const DEFAULT_RETRY: RetryPolicy = { retries: 2, baseDelayMs: 300, maxDelayMs: 5000 };

/** Statuses worth another try: the request timed out, was throttled, or the server failed. */
export const isTransientStatus = (status: number): boolean =>
  status === 408 || status === 429 || status >= 500;

/**
 * Milliseconds to wait before retry number `attempt` (0 for the first retry),
 * or `undefined` when the server asked for a longer pause than the cap.
 * `Retry-After` in seconds wins; otherwise capped exponential backoff with
 * full jitter, so clients that failed together do not retry together.
 */
export function retryDelay(
  attempt: number,
  retryAfter: string | null,
  policy: RetryPolicy,
  random: () => number,
): number | undefined {
  if (retryAfter !== null && /^\d+$/.test(retryAfter.trim())) {
    const ms = Number(retryAfter) * 1000;
    return ms <= policy.maxDelayMs ? ms : undefined;
  }
  return random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
}

/** How {@link withRetries} decides and waits. */
export interface RetryLoop {
  /** Whether repeating the request cannot act twice (a read, a keyed write). */
  repeatable: boolean;
  policy: RetryPolicy;
  random: () => number;
  wait: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
  /** Whether a failed attempt (no reply, or this reply) may succeed if tried again. */
  transient: (reply: Reply | undefined) => boolean;
}

/**
 * Runs `attempt` (one exchange, e.g. {@link fetchOnce}) until it returns a
 * reply that is not transient, the policy's retries are spent, or the caller
 * aborts; waits the backoff (or `Retry-After`) in between. Returns the last
 * reply, or rethrows the last failure when there was none.
 */
export async function withRetries(attempt: () => Promise<Reply>, loop: RetryLoop): Promise<Reply> {
  for (let tried = 0; ; tried++) {
    let reply: Reply | undefined;
    let failure: unknown;
    try {
      reply = await attempt();
    } catch (error) {
      failure = error;
    }
    const delay =
      loop.repeatable &&
      tried < loop.policy.retries &&
      !loop.signal?.aborted &&
      loop.transient(reply)
        ? retryDelay(tried, reply?.headers.get('Retry-After') ?? null, loop.policy, loop.random)
        : undefined;
    if (delay === undefined) {
      if (reply) return reply;
      throw failure;
    }
    await loop.wait(delay, loop.signal);
  }
}

/** A `setTimeout` wait that ends early, rejecting, when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) onAbort();
  });
}
