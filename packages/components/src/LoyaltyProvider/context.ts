import type { I18n, LoyaltyModel } from '@loyaltykit/core';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export interface LoyaltyContextValue {
  model: LoyaltyModel;
  i18n: I18n;
}

export const LoyaltyContext = createContext<LoyaltyContextValue | undefined>(undefined);

/** The model and translator of the nearest {@link LoyaltyProvider}. */
export function useLoyalty(): LoyaltyContextValue {
  const value = useContext(LoyaltyContext);
  if (!value) throw new Error('Loyalty Kit components must be rendered inside <LoyaltyProvider>.');
  return value;
}
