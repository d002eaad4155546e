import type { I18n, LoyaltyEvent, LoyaltyModel } from '@loyaltykit/core';
import { root } from '@loyaltykit/theme';
import type { ComponentChildren, JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import { LoyaltyContext } from './context.ts';

export interface LoyaltyScopeProps {
  model: LoyaltyModel;
  i18n: I18n;
  /** Receives what the widgets tell the page, e.g. `{ type: 'redeem', redemption }` to apply a code. */
  onEvent?: (event: LoyaltyEvent) => void;
  /** Inline style of the wrapper (theme variables, where they are set here). */
  style?: JSX.CSSProperties;
  children: ComponentChildren;
}

/**
 * The model, the locale and the event sink for every component below it,
 * with `lang` and `dir` set so right-to-left locales mirror. No theme: the
 * script tag sets its variables on the shadow host, where merchant CSS can
 * override them (and keeps the theme resolver out of its entry).
 */
export function LoyaltyScope({ model, i18n, onEvent, style, children }: LoyaltyScopeProps) {
  const value = useMemo(
    () => ({ model, i18n, emit: (event: LoyaltyEvent) => onEvent?.(event) }),
    [model, i18n, onEvent],
  );
  return (
    <LoyaltyContext.Provider value={value}>
      <div class={root} lang={i18n.locale} dir={i18n.dir} style={style}>
        {children}
      </div>
    </LoyaltyContext.Provider>
  );
}
