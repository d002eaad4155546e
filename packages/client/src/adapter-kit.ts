/**
 * The client's own building blocks, for browser adapters that implement
 * `LoyaltyBackend` over another platform's API (`@loyaltykit/loyaltylion`):
 * the same timeouts, retry policy, token refresh, single-flight GETs,
 * host-proof request bodies and forgiving schemas as `createHttpBackend`, so
 * every backend in a page reads and fails the same way. Not needed to use
 * the widgets; see the README's "Adapter kit".
 */
export { fetchOnce, type Reply } from './fetch-once.ts';
export { toJson } from './json-body.ts';
export { parseJson } from './problem.ts';
export {
  DEFAULT_RETRY,
  isTransientStatus,
  type RetryLoop,
  type RetryPolicy,
  retryDelay,
  sleep,
  withRetries,
} from './retry.ts';
export {
  array,
  boolean,
  type Infer,
  integer,
  intersect,
  number,
  object,
  oneOf,
  optional,
  parse,
  restriction,
  type Schema,
  SchemaError,
  string,
  timestamp,
  variant,
} from './schema.ts';
export { createSingleFlight } from './single-flight.ts';
export { createTokenSource, type TokenProvider, type TokenSource } from './token-source.ts';
