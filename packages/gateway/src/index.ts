export type { Connector, RedeemInput } from './connector.ts';
export { type CorsOptions, withCors } from './cors.ts';
export {
  createGateway,
  type FetchHandler,
  type GatewayOptions,
  type ProgrammeKeys,
  unrouted,
} from './handler.ts';
export { createMemoryStore, type MemoryStoreOptions } from './idempotency/memory.ts';
export {
  type IdempotencyStore,
  KEY_RETENTION_MS,
  type KeyClaim,
  type KeyedRequest,
  type StoredResponse,
} from './idempotency/store.ts';
export { type FieldError, InvalidRequest } from './invalid-request.ts';
export { negotiateLanguage } from './languages.ts';
export { problem, problemBody } from './problems.ts';
export {
  type SigningKey,
  signToken,
  type TokenCheck,
  type TokenClaims,
  type TokenRules,
  verifyToken,
} from './tokens.ts';
