import type { I18n, LoyaltyEvent, LoyaltyModel } from '@loyaltykit/core';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export interface LoyaltyContextValue {
  model: LoyaltyModel;
  i18n: I18n;
  /** Tells the page something happened (a code to apply); a no-op when nobody listens. */
  emit(event: LoyaltyEvent): void;
}

export const LoyaltyContext = createContext<LoyaltyContextValue | undefined>(undefined);

/** The model and translator of the nearest {@link LoyaltyProvider}. */
export function useLoyalty(): LoyaltyContextValue {
  const value = useContext(LoyaltyContext);
  if (!value) throw new Error('Loyalty Kit components must be rendered inside <LoyaltyProvider>.');
  return value;
}
