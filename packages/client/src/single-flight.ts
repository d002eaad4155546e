import { untilAborted } from './fetch-once.ts';

interface Flight {
  promise: Promise<unknown>;
  controller: AbortController;
  /** Callers still waiting; the shared request is aborted when the last one gives up. */
  waiters: number;
}

/**
 * Shares one run of identical concurrent requests (a page with 24 product
 * embeds asks for the programme once). Each caller may abort its own wait;
 * the shared request stops only when every caller has aborted.
 */
export function createSingleFlight() {
  const flights = new Map<string, Flight>();

  return function share<T>(
    key: string,
    run: (signal: AbortSignal) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    let flight = flights.get(key);
    if (!flight) {
      const controller = new AbortController();
      const created: Flight = { promise: run(controller.signal), controller, waiters: 0 };
      const land = () => {
        if (flights.get(key) === created) flights.delete(key);
      };
      created.promise.then(land, land);
      flights.set(key, created);
      flight = created;
    }
    const joined = flight;
    joined.waiters++;
    const promise = joined.promise as Promise<T>;
    if (!signal) return promise;
    const onAbort = () => {
      if (--joined.waiters > 0) return;
      // Nobody wants the answer any more: stop it, and let the next caller start afresh.
      if (flights.get(key) === joined) flights.delete(key);
      joined.controller.abort(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    if (signal.aborted) onAbort();
    const waited = untilAborted(promise, signal);
    waited.then(
      () => signal.removeEventListener('abort', onAbort),
      () => signal.removeEventListener('abort', onAbort),
    );
    return waited;
  };
}
