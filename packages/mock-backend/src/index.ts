export { createDemo, DEMO_API_URL, type Demo } from './demo.ts';
export { createEngine, type EngineSeed, type LoyaltyEngine } from './engine.ts';
export { createHandlers, type HandlerOptions, problem } from './handlers.ts';
export { createInProcessFetch } from './in-process-fetch.ts';
export { usStore } from './seeds/us-store.ts';
export {
  DEMO_AUDIENCE,
  DEMO_SECRET,
  signToken,
  type TokenCheck,
  type TokenClaims,
  verifyToken,
} from './tokens.ts';
