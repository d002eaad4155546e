export { responseMismatches } from './contract-schemas.ts';
export { createHttpBackend, type HttpBackendOptions } from './http-backend.ts';
export type { OperationId } from './operations.ts';
export type { RetryOptions } from './retry.ts';
export { type Infer, type Schema, SchemaError } from './schema.ts';
export type { TokenProvider } from './token-source.ts';
