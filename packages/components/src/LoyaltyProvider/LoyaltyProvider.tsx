import { resolveTheme, type ThemeTokens, themeToProperties } from '@loyaltykit/theme';
import { useMemo } from 'preact/hooks';
import { LoyaltyScope, type LoyaltyScopeProps } from './LoyaltyScope.tsx';

export interface LoyaltyProviderProps extends Omit<LoyaltyScopeProps, 'style'> {
  /**
   * Theme tokens applied as `--lk-*` variables on the wrapper. Leave it out
   * where the variables come from elsewhere (the script tag sets them on its
   * shadow hosts, so merchant CSS can override them).
   */
  theme?: Partial<ThemeTokens>;
}

/**
 * Gives every Loyalty Kit component below it the model, the locale and,
 * optionally, a theme applied as `--lk-*` variables on its wrapper: the way
 * to use the components in your own Preact app. Sets `lang` and `dir` so
 * right-to-left locales mirror.
 *
 * @example
 * ```tsx
 * <LoyaltyProvider model={model} i18n={createI18n('ar')} theme={{ brandColor: '#0e7490' }}>
 *   <Launcher />
 *   <Panel />
 * </LoyaltyProvider>
 * ```
 */
export function LoyaltyProvider({ theme, ...scope }: LoyaltyProviderProps) {
  const style = useMemo(() => theme && themeToProperties(resolveTheme(theme)), [theme]);
  return <LoyaltyScope {...scope} style={style} />;
}
