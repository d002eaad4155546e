export { createHttpBackend, type HttpBackendOptions } from './http-backend.ts';
export { type Infer, type Schema, SchemaError } from './schema.ts';
