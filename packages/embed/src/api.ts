import { type LoyaltyModel, matchLocale, PANEL_PAGES, type PanelPage } from '@loyaltykit/core';
import type { ThemeTokens } from '@loyaltykit/theme';

/**
 * `window.LoyaltyKit`: the one global the script adds.
 *
 * @example
 * ```js
 * window.LoyaltyKit = window.LoyaltyKit || [];
 * LoyaltyKit.push(['open', 'redeem']); // queued until the script has loaded
 * // later, in a single-page app:
 * await LoyaltyKit.identify(() => fetch('/apps/loyalty/token').then((r) => r.text()));
 * const off = LoyaltyKit.on('redeem', ({ code }) => cart.applyDiscount(code));
 * ```
 */
export interface LoyaltyKitApi {
  readonly version: string;
  /** Resolves once the widgets are defined and the first load has settled. */
  ready(): Promise<void>;
  /** Opens the panel, on a page when given: `open('redeem')`. An unknown page opens the home page. */
  open(page?: PanelPage): void;
  close(): void;
  /** Signs a shopper in without a page load: a customer JWT, or a function that mints fresh ones. */
  identify(token: string | (() => Promise<string | undefined>)): Promise<void>;
  /** Back to the guest view without a page load. */
  signOut(): Promise<void>;
  /** Switches every widget to `en`, `th`, `ko` or `ar` (a tag like `th-TH` works too). */
  setLocale(locale: string): Promise<void>;
  /** Changes theme tokens at run time; widgets restyle without re-rendering. */
  setTheme(theme: Partial<ThemeTokens>): void;
  /** Reloads programme and customer (after an order, say). */
  refresh(): Promise<void>;
  /** Listens for `ready`, `open`, `close`, `redeem`, `redemption-cancelled`, `error`; returns an unsubscribe. */
  on(event: LoyaltyEventName, listener: (detail: unknown) => void): () => void;
}

export type LoyaltyEventName =
  | 'ready'
  | 'open'
  | 'close'
  | 'redeem'
  | 'redemption-cancelled'
  | 'error';

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
