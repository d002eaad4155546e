import type { I18n, LoyaltyEvent, LoyaltyModel } from '@loyaltykit/core';
import { resolveTheme, root, type ThemeTokens, themeToProperties } from '@loyaltykit/theme';
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { LoyaltyContext } from './context.ts';

export interface LoyaltyProviderProps {
  model: LoyaltyModel;
  i18n: I18n;
  /**
   * Theme tokens applied as `--lk-*` variables on the wrapper. Leave it out
   * where the variables come from elsewhere (the script tag sets them on its
   * shadow hosts, so merchant CSS can override them).
   */
  theme?: Partial<ThemeTokens>;
  /** Receives what the widgets tell the page, e.g. `{ type: 'redeem', redemption }` to apply a code. */
  onEvent?: (event: LoyaltyEvent) => void;
  children: ComponentChildren;
}

/**
 * Gives every Loyalty Kit component below it the model, the locale and,
 * optionally, a theme. Sets `lang` and `dir` so right-to-left locales mirror.
 *
 * @example
 * ```tsx
 * <LoyaltyProvider model={model} i18n={createI18n('ar')} theme={{ brandColor: '#0e7490' }}>
 *   <Launcher />
 *   <Panel />
 * </LoyaltyProvider>
 * ```
 */
export function LoyaltyProvider({ model, i18n, theme, onEvent, children }: LoyaltyProviderProps) {
  const value = useMemo(
    () => ({ model, i18n, emit: (event: LoyaltyEvent) => onEvent?.(event) }),
    [model, i18n, onEvent],
  );
  const style = useMemo(() => theme && themeToProperties(resolveTheme(theme)), [theme]);
  return (
    <LoyaltyContext.Provider value={value}>
      <div class={root} lang={i18n.locale} dir={i18n.dir} style={style}>
        {children}
      </div>
    </LoyaltyContext.Provider>
  );
}
