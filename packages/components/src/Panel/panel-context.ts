import type { RedemptionFlow } from '@loyaltykit/core';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** What the panel's pages share: one redemption flow and one polite live region. */
export interface PanelContextValue {
  flow: RedemptionFlow;
  /** Says `message` once in the panel's live region (balance changes, redemption results). */
  announce(message: string): void;
}

export const PanelContext = createContext<PanelContextValue | undefined>(undefined);

export function usePanel(): PanelContextValue {
  const value = useContext(PanelContext);
  if (!value) throw new Error('Panel pages must be rendered inside <Panel>.');
  return value;
}
