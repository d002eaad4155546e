export { Launcher } from './Launcher/index.ts';
export {
  type LoyaltyContextValue,
  LoyaltyProvider,
  type LoyaltyProviderProps,
  useLoyalty,
} from './LoyaltyProvider/index.ts';
export { Panel } from './Panel/index.ts';
export { useSignalValue } from './useSignalValue.ts';
