import type { EngineState, StoredResponse } from './types.ts';

/** Keys are kept at least this long (DESIGN.md §4): a day of engine time. */
export const KEY_RETENTION_MS = 86_400_000;

/** What a keyed request should do, given what the key has seen before. */
export type KeyClaim =
  | {
      status: 'new';
      /** Stores the response, so retries with the key replay it. */
      complete(status: number, body: unknown): void;
      /** Frees the key without storing anything (the request failed before the engine decided). */
      release(): void;
    }
  | { status: 'replay'; response: StoredResponse }
  | { status: 'in_progress' }
  | { status: 'reused' };

/** A keyed request: its key's scope is one customer and one operation. */
export interface KeyedRequest {
  customerId: string;
  /** The operation, e.g. `POST /v1/me/redemptions`: the same key on another one is another key. */
  operation: string;
  key: string;
  /** Identifies the body: the same key with another fingerprint is a client bug. */
  fingerprint: string;
}

/** Remembers responses per customer, operation and `Idempotency-Key`. */
export interface IdempotencyStore {
  /** Claims the request's key. */
  claim(request: KeyedRequest): KeyClaim;
}

/**
 * Keys in flight live in memory only: after a reload nothing is in flight.
 * Completed responses live in the engine state, so a reloaded demo still
 * replays them.
 */
export function createIdempotencyStore(state: EngineState, now: () => number): IdempotencyStore {
  const inFlight = new Map<string, string>();
  return {
    claim({ customerId, operation, key, fingerprint }) {
      const at = now();
      for (const [id, stored] of Object.entries(state.responses)) {
        if (stored.storedAt + KEY_RETENTION_MS < at) delete state.responses[id];
      }
      const id = `${customerId} ${operation} ${key}`;
      const stored = state.responses[id];
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
          state.responses[id] = { fingerprint, status, body, storedAt: now() };
        },
        release() {
          inFlight.delete(id);
        },
      };
    },
  };
}
