// Project-wide Storybook annotations for Loyalty Kit, used by .storybook/preview.ts.
// They live here, next to the components, because only this package resolves
// preact and the @loyaltykit packages.
import { createI18n, LOCALES, type LoyaltyModel, matchLocale } from '@loyaltykit/core';
import type { ThemeTokens } from '@loyaltykit/theme';
import type { Decorator, Loader } from '@storybook/preact-vite';
import { LoyaltyProvider } from '../LoyaltyProvider/index.ts';
import { createStoryModel, type LoyaltyStoryParameters } from './storyModel.ts';

const LOCALE_TITLES = { en: 'English', th: 'ไทย', ko: '한국어', ar: 'العربية (RTL)' } as const;

/** The locale toolbar: every supported locale, Arabic right-to-left. */
export const localeGlobalType = {
  description: 'Widget locale',
  toolbar: {
    title: 'Locale',
    icon: 'globe' as const,
    items: LOCALES.map((value) => ({ value, title: LOCALE_TITLES[value] })),
    dynamicTitle: true,
  },
};

/** Builds the story's model from `parameters.loyalty` before it renders. */
export const loyaltyLoader: Loader = async ({ parameters }) => {
  const { state = 'member', open = false } = (parameters.loyalty ?? {}) as LoyaltyStoryParameters;
  return { model: await createStoryModel(state, { open }) };
};

// One object for every render, so the provider's memoised theme stays put.
const storyTheme: Partial<ThemeTokens> = {};

/** Wraps every story in `<LoyaltyProvider>` with the loader's model and the toolbar's locale. */
export const withLoyaltyProvider: Decorator = (Story, { loaded, globals }) => {
  const locale = matchLocale(String(globals.locale ?? 'en')) ?? 'en';
  return (
    <LoyaltyProvider
      model={loaded.model as LoyaltyModel}
      i18n={createI18n(locale)}
      theme={storyTheme}
    >
      <Story />
    </LoyaltyProvider>
  );
};
