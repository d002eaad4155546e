export { responseMismatches } from './contract-schemas.ts';
export { createHttpBackend, type HttpBackend, type HttpBackendOptions } from './http-backend.ts';
export type { OperationId } from './operations.ts';
export type { ProgramStorage } from './program-cache.ts';
export type { RetryOptions } from './retry.ts';
export { type Infer, type Schema, SchemaError } from './schema.ts';
export type { TokenProvider } from './token-source.ts';
