export { createDemo, DEMO_API_URL, type Demo, type DemoOptions } from './demo.ts';
export { DEFAULT_PAGE_SIZE } from './engine/activity.ts';
export {
  createEngine,
  type EngineOptions,
  type LoyaltyEngine,
  type OrderOutcome,
} from './engine/engine.ts';
export { KEY_RETENTION_MS } from './engine/idempotency.ts';
export type { IdGenerator } from './engine/ids.ts';
export type { RedeemInput } from './engine/redemptions.ts';
export {
  type EngineSeed,
  type EngineState,
  type LedgerLabels,
  PERSONAS,
  type Persona,
  type SeedEvent,
  type SeedMember,
} from './engine/types.ts';
export { problem } from './handlers/http.ts';
export { createHandlers, type HandlerOptions } from './handlers/index.ts';
export { createInProcessFetch } from './in-process-fetch.ts';
export type { StateStorage } from './persistence.ts';
export {
  createScenario,
  SCENARIOS,
  type ScenarioName,
  type ScenarioOptions,
  SLOW_NETWORK_MS,
} from './scenarios.ts';
export {
  arabicStore,
  koreanStore,
  SEEDS,
  type SeedLocale,
  thaiStore,
  usStore,
} from './seeds/index.ts';
export {
  DEMO_AUDIENCE,
  DEMO_SECRET,
  signToken,
  type TokenCheck,
  type TokenClaims,
  verifyToken,
} from './tokens.ts';
