// Minting demo tokens is part of every demo: the gateway's signer, re-exported.
export { signToken } from '@loyaltykit/gateway';
export { createDemo, DEMO_API_URL, type Demo, type DemoOptions } from './demo.ts';
export { DEFAULT_PAGE_SIZE } from './engine/activity.ts';
export {
  createEngine,
  type EngineOptions,
  type LoyaltyEngine,
  type OrderOutcome,
} from './engine/engine.ts';
export type { IdGenerator } from './engine/ids.ts';
export {
  type EngineSeed,
  type EngineState,
  type LedgerLabels,
  PERSONAS,
  type Persona,
  type SeedEvent,
  type SeedMember,
} from './engine/types.ts';
export {
  createHandlers,
  createMockGateway,
  engineConnector,
  type HandlerOptions,
} from './handlers/index.ts';
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
export { DEMO_AUDIENCE, DEMO_PUBLISHABLE_KEY, DEMO_SECRET } from './tokens.ts';
