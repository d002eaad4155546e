// Project-wide Storybook annotations for Loyalty Kit, used by .storybook/preview.ts.
// They live here, next to the components, because only this package resolves
// preact and the @loyaltykit packages.
import { createI18n, LOCALES, type LoyaltyModel, matchLocale } from '@loyaltykit/core';
import type { ThemeTokens } from '@loyaltykit/theme';
import type { Decorator, Loader } from '@storybook/preact-vite';
import { LoyaltyProvider } from '../LoyaltyProvider/index.ts';
import { createLongI18n, LONG_STRINGS } from './longStrings.ts';
import { ShadowHost } from './ShadowHost.tsx';
import { createStoryModel, type LoyaltyStoryParameters } from './storyModel.ts';
import { brandTokens, presetTokens } from './themes.ts';

const LOCALE_TITLES = { en: 'English', th: 'ไทย', ko: '한국어', ar: 'العربية (RTL)' } as const;

/**
 * The locale toolbar: every supported locale, Arabic right-to-left, and long
 * strings (English stretched to twice its length with German-length words) to
 * see where a long translation would overflow.
 */
export const localeGlobalType = {
  description: 'Widget locale',
  toolbar: {
    title: 'Locale',
    icon: 'globe' as const,
    items: [
      ...LOCALES.map((value) => ({ value, title: LOCALE_TITLES[value] })),
      { value: LONG_STRINGS, title: 'Long strings (stress test)' },
    ],
    dynamicTitle: true,
  },
};

/** Builds the story's model from `parameters.loyalty` before it renders. */
export const loyaltyLoader: Loader = async ({ parameters }) => {
  const {
    state = 'member',
    open = false,
    page,
  } = (parameters.loyalty ?? {}) as LoyaltyStoryParameters;
  return { model: await createStoryModel(state, { open, page }) };
};

/**
 * Wraps every story the way the script tag wraps a widget: a shadow host
 * themed from the toolbars (theme, then brand; or, with `parameters.themeFromArgs`, from the
 * story's args: the theme builder), then `<LoyaltyProvider>` with the loader's
 * model and the toolbar's locale. The provider gets no theme of its own: the
 * variables come from the host rule, as in the embed. With
 * `parameters.storePage`, the host is an inline embed on a store page of the
 * theme's scheme (white, or near-black for dark) and derives its colours from
 * that page's background, as the script tag does.
 */
export const withLoyaltyProvider: Decorator = (Story, { loaded, globals, args, parameters }) => {
  const i18n =
    globals.locale === LONG_STRINGS
      ? createLongI18n()
      : createI18n(matchLocale(String(globals.locale ?? 'en')) ?? 'en');
  const theme: Partial<ThemeTokens> = {
    ...presetTokens(globals.theme),
    ...brandTokens(globals.brand),
    ...(parameters.themeFromArgs ? (args as Partial<ThemeTokens>) : {}),
  };
  const host = (
    <ShadowHost theme={theme} inline={Boolean(parameters.storePage)}>
      <LoyaltyProvider model={loaded.model as LoyaltyModel} i18n={i18n}>
        <Story />
      </LoyaltyProvider>
    </ShadowHost>
  );
  if (!parameters.storePage) return host;
  const background = theme.scheme === 'dark' ? '#111318' : '#ffffff';
  return <div style={{ background, minHeight: '100vh', padding: '16px' }}>{host}</div>;
};
