export {
  createLoyaltyLionBackend,
  type LoyaltyLionOptions,
  type LoyaltyLionSession,
  type SessionTokenProvider,
} from './backend.ts';
