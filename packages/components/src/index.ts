export { AccountSummary, type AccountSummaryProps } from './AccountSummary/index.ts';
export { CartPoints, type CartPointsProps } from './CartPoints/index.ts';
export {
  CheckoutRedemption,
  type CheckoutRedemptionProps,
} from './CheckoutRedemption/index.ts';
export { Launcher } from './Launcher/index.ts';
export { LoyaltyLanding, type LoyaltyLandingProps } from './LoyaltyLanding/index.ts';
export {
  type LoyaltyContextValue,
  LoyaltyProvider,
  type LoyaltyProviderProps,
  LoyaltyScope,
  type LoyaltyScopeProps,
  useLoyalty,
} from './LoyaltyProvider/index.ts';
export { Nudge, type NudgeProps } from './Nudge/index.ts';
export { OrderPoints, type OrderPointsProps } from './OrderPoints/index.ts';
export { Panel, type PanelProps } from './Panel/index.ts';
export { ProductPoints, type ProductPointsProps } from './ProductPoints/index.ts';
export { useSignalValue } from './useSignalValue.ts';
