import {
  type IdempotencyStore,
  KEY_RETENTION_MS,
  type StoredResponse,
  storageKey,
} from './store.ts';

/** Where and how long a memory store keeps responses. Everything is optional. */
export interface MemoryStoreOptions {
  /**
   * The object completed responses are kept in, by storage key. Pass one that
   * is saved elsewhere (the mock engine's state) to replay across reloads.
   */
  records?: Record<string, StoredResponse>;
  /** The clock, in ms. Default `Date.now`. */
  now?: () => number;
  /** Default 24 h. */
  retentionMs?: number;
  /** Called after a response was stored. */
  onStore?: () => void;
}

/**
 * An idempotency store in this process's memory: for development, tests and
 * a single instance. Keys in flight are never saved, so after a restart
 * nothing is in flight.
 *
 * @example
 * ```ts
 * createGateway({ connector, keys, idempotency: createMemoryStore() });
 * ```
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): IdempotencyStore {
  const records = options.records ?? {};
  const now = options.now ?? Date.now;
  const retention = options.retentionMs ?? KEY_RETENTION_MS;
  const inFlight = new Map<string, string>();
  return {
    claim(request) {
      const at = now();
      for (const [id, stored] of Object.entries(records)) {
        if (stored.storedAt + retention < at) delete records[id];
      }
      const id = storageKey(request);
      const { fingerprint } = request;
      const stored = records[id];
      const pending = inFlight.get(id);
      if ((stored?.fingerprint ?? pending ?? fingerprint) !== fingerprint) {
        return { status: 'reused' };
      }
      if (stored) return { status: 'replay', response: stored };
      if (pending) return { status: 'in_progress' };
      inFlight.set(id, fingerprint);
      return {
        status: 'new',
        complete(status, body) {
          inFlight.delete(id);
          records[id] = { fingerprint, status, body, storedAt: now() };
          options.onStore?.();
        },
        release() {
          inFlight.delete(id);
        },
      };
    },
  };
}
