import { LoyaltyError, type LoyaltyModel, matchLocale, PANEL_PAGES } from '@loyaltykit/core';
import type { ThemeTokens } from '@loyaltykit/theme';
import type { LoyaltyKitApi } from '../public-api.ts';
import { shown } from '../shared/options.ts';
import { readThemeChanges } from './theme-options.ts';

/** What the API acts through; boot (loyaltykit.ts) provides it. */
export interface ApiTarget {
  model: LoyaltyModel;
  ready: Promise<void>;
  identify(identity: {
    token?: string;
    tokenProvider?: () => Promise<string | undefined>;
  }): Promise<void>;
  /** Switches to a BCP 47 tag of a supported language (`ar-EG`), kept whole for digits and the backend. */
  setLocale(tag: string): Promise<void>;
  setTheme(theme: Partial<ThemeTokens>): void;
}

/** A compact JWS, as a customer JWT is sent: three base64url parts (header, claims, signature). */
const JWT = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/** Rejects a call made with input it cannot take, saying so on the console too: a queued call has no caller to catch it. */
function refuse(message: string): Promise<never> {
  console.warn(`[LoyaltyKit] ${message}`);
  return Promise.reject(new LoyaltyError('validation_failed', message));
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
    identify(token) {
      // Checked first; the value is never shown: it may be a real token, mangled.
      const got = typeof token === 'string' ? 'a string that is not a JWT' : typeof token;
      if (typeof token !== 'function' && !(typeof token === 'string' && JWT.test(token)))
        return refuse(
          `identify() expects a customer JWT or a function that returns one; it got ${got}.`,
        );
      return target.identify(typeof token === 'function' ? { tokenProvider: token } : { token });
    },
    signOut: () => target.identify({}),
    async setLocale(tag) {
      if (typeof tag === 'string' && matchLocale(tag)) await target.setLocale(tag);
      else console.warn(`[LoyaltyKit] setLocale("${shown(tag)}"): expected one of en, th, ko, ar.`);
    },
    setTheme(changes) {
      const { theme, problems } = readThemeChanges(changes);
      for (const problem of problems) console.warn(`[LoyaltyKit] setTheme(): ${problem}`);
      target.setTheme(theme);
    },
    refresh: () => model.load(),
    on(event, listener) {
      const handler = (e: Event) => listener((e as CustomEvent).detail);
      document.addEventListener(`loyalty:${event}`, handler);
      return () => document.removeEventListener(`loyalty:${event}`, handler);
    },
  };
}
