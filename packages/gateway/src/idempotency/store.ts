/** Keys are kept at least this long (DESIGN.md §4): a day. */
export const KEY_RETENTION_MS = 86_400_000;

/** The first response to a keyed request, replayed for every retry with its key. */
export interface StoredResponse {
  /** Identifies the first request's body, to spot a key reused for something else. */
  fingerprint: string;
  status: number;
  body: unknown;
  /** When the response was stored (ms); it is kept for at least 24 h after. */
  storedAt: number;
}

/** A keyed request: its key's scope is one programme, one customer and one operation. */
export interface KeyedRequest {
  customerId: string;
  /** The operation, e.g. `POST /v1/me/redemptions`: the same key on another one is another key. */
  operation: string;
  key: string;
  /** Identifies the body: the same key with another fingerprint is a client bug. */
  fingerprint: string;
}

/** What a keyed request should do, given what its key has seen before. */
export type KeyClaim =
  | {
      status: 'new';
      /** Stores the response, so retries with the key replay it. */
      complete(status: number, body: unknown): void | Promise<void>;
      /** Frees the key without storing anything (the request failed before the platform decided). */
      release(): void | Promise<void>;
    }
  | { status: 'replay'; response: StoredResponse }
  | { status: 'in_progress' }
  | { status: 'reused' };

/**
 * Remembers responses per customer, operation and `Idempotency-Key`. A claim
 * must be atomic across every gateway instance that shares the store: of two
 * concurrent claims of one key, exactly one is `new`.
 */
export interface IdempotencyStore {
  claim(request: KeyedRequest): KeyClaim | Promise<KeyClaim>;
}

/** The one string a keyed request is stored under. */
export const storageKey = ({ customerId, operation, key }: KeyedRequest): string =>
  `${customerId} ${operation} ${key}`;
