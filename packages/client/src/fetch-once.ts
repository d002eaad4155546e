import { LoyaltyError } from '@loyaltykit/core';

/** A whole HTTP response: status, headers and the body already read. */
export interface Reply {
  /** 0 for a redirect that was not (or should not have been) followed. */
  status: number;
  headers: Headers;
  text: string;
}

/**
 * One HTTP exchange with a deadline covering the headers and the whole body.
 * Rejects only with a `timeout` or `network_error` {@link LoyaltyError}; an
 * HTTP error status is a {@link Reply} like any other.
 */
export async function fetchOnce(
  doFetch: typeof fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  label: string,
  signal?: AbortSignal,
): Promise<Reply> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCallerAbort = () => controller.abort();
  signal?.addEventListener('abort', onCallerAbort, { once: true });
  // An already-aborted signal never fires 'abort' again.
  if (signal?.aborted) controller.abort();

  try {
    const response = await untilAborted(
      // A redirect is never followed: it would carry the publishable key and the
      // customer token to wherever it points, and its answer would be trusted.
      // Browsers then answer with an opaque redirect (status 0), Node with the 3xx.
      doFetch(url, { ...init, redirect: 'manual', signal: controller.signal }),
      controller.signal,
    );
    // The body is part of the request: a server that stalls mid-body times out too.
    const text = await untilAborted(response.text(), controller.signal);
    // An injected fetch may follow anyway; what it found elsewhere is not believed.
    return { status: response.redirected ? 0 : response.status, headers: response.headers, text };
  } catch (cause) {
    throw timedOut
      ? new LoyaltyError('timeout', `${label} took longer than ${timeoutMs} ms`, { cause })
      : new LoyaltyError('network_error', `${label} failed: no response`, { cause });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCallerAbort);
  }
}

/**
 * `promise`, or a rejection with the signal's reason as soon as `signal`
 * aborts: an injected `fetch` (the in-page demo, a merchant's wrapper) or a
 * mocked body stream may ignore the signal.
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    // Always settle through `promise` too, so its own rejection is never unhandled.
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    if (signal.aborted) onAbort();
  });
}
