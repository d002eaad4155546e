import { type LoyaltyModel, matchLocale, PANEL_PAGES } from '@loyaltykit/core';
import type { ThemeTokens } from '@loyaltykit/theme';
import type { LoyaltyKitApi } from './public-api.ts';

/** What the API acts through; boot (loyaltykit.ts) provides it. */
export interface ApiTarget {
  model: LoyaltyModel;
  ready: Promise<void>;
  identify(identity: {
    token?: string;
    tokenProvider?: () => Promise<string | undefined>;
  }): Promise<void>;
  setLocale(locale: NonNullable<ReturnType<typeof matchLocale>>): Promise<void>;
  setTheme(theme: Partial<ThemeTokens>): void;
}

/** A panel page named by a merchant or a URL, if it is one. */
export const asPage = (value: unknown) => PANEL_PAGES.find((page) => page === value);

export function createApi(version: string, target: ApiTarget): LoyaltyKitApi {
  const { model } = target;
  return {
    version,
    ready: () => target.ready,
    open: (page) => model.openPanel(asPage(page)),
    close: () => model.closePanel(),
    identify: (token) =>
      target.identify(typeof token === 'function' ? { tokenProvider: token } : { token }),
    signOut: () => target.identify({}),
    async setLocale(tag) {
      const locale = matchLocale(String(tag));
      if (locale) await target.setLocale(locale);
      else console.warn(`[LoyaltyKit] setLocale("${tag}"): expected one of en, th, ko, ar.`);
    },
    setTheme: (theme) => target.setTheme(theme),
    refresh: () => model.load(),
    on(event, listener) {
      const handler = (e: Event) => listener((e as CustomEvent).detail);
      document.addEventListener(`loyalty:${event}`, handler);
      return () => document.removeEventListener(`loyalty:${event}`, handler);
    },
  };
}
