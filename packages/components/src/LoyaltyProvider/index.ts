export { type LoyaltyContextValue, useLoyalty } from './context.ts';
export { LoyaltyProvider, type LoyaltyProviderProps } from './LoyaltyProvider.tsx';
export { LoyaltyScope, type LoyaltyScopeProps } from './LoyaltyScope.tsx';
