/**
 * The script tag's public types. The build ships this file as-is as
 * `dist/loyaltykit.d.ts`, so a store's own TypeScript can type
 * `window.LoyaltyKit`, the `loyalty:*` events and the elements without
 * installing our packages: it holds declarations only and imports nothing.
 * `public-api.test.ts` checks every type here against the workspace type it
 * mirrors, so the two cannot drift apart.
 *
 * @example
 * ```ts
 * /// <reference path="./loyaltykit.d.ts" />
 * document.addEventListener('loyalty:redeem', (event) => cart.applyDiscount(event.detail.code));
 * const kit = window.LoyaltyKit;
 * if (kit && !Array.isArray(kit)) kit.open('redeem');
 * ```
 */

/** A page of the panel: `LoyaltyKit.open('redeem')`, or `?loyalty=redeem` in a URL. */
export type LoyaltyPanelPage =
  | 'home'
  | 'earn'
  | 'redeem'
  | 'rewards'
  | 'vip'
  | 'referral'
  | 'activity';

/** What `LoyaltyKit.setTheme` changes; each field is optional. */
export interface LoyaltyTheme {
  /** Any CSS hex colour; text colours are corrected for contrast automatically. */
  brandColor: string;
  scheme: 'light' | 'dark' | 'auto';
  shape: 'square' | 'rounded' | 'pill';
  size: 'compact' | 'regular' | 'large';
  /** Which bottom corner, in the reading direction: mirrored for right-to-left locales. */
  launcherPosition: 'bottom-right' | 'bottom-left';
  /** Icon and label, the icon alone (its label stays the accessible name), or the label alone. */
  launcherStyle: 'icon-label' | 'icon' | 'label';
  /** px from the page side of the launcher's corner: a whole number from 0 to 160 (default 20). */
  launcherOffsetX: number;
  /** px from the bottom of the page: a whole number from 0 to 160 (default 20). */
  launcherOffsetY: number;
  /** Shadows of the launcher and the panel. */
  elevation: 'flat' | 'raised' | 'floating';
  fontFamily: string;
}

/** `detail` of `loyalty:redeem` and `loyalty:redemption-cancelled`: apply or remove `code` in the cart. */
export interface LoyaltyRedemptionDetail {
  /** The discount code the backend issued. */
  code: string;
  reward: {
    id: string;
    title: string;
    kind:
      | 'fixed_discount'
      | 'percent_discount'
      | 'free_shipping'
      | 'free_product'
      | 'gift_card'
      | 'variable'
      | 'custom';
    /** Where the discount is an amount: minor units (59000 is 590.00 THB) and ISO 4217 currency. */
    value?: { amountMinor: number; currency: string };
    /** Where the discount is a percentage. */
    percent?: number;
  };
}

/** `detail` of each `loyalty:<name>` event; `undefined` where there is none. */
export interface LoyaltyEventDetails {
  /** Widgets defined and the first load settled. */
  ready: undefined;
  open: undefined;
  close: undefined;
  redeem: LoyaltyRedemptionDetail;
  'redemption-cancelled': LoyaltyRedemptionDetail;
  /** The backend could not be reached or refused: a typed code (`network`, `timeout`, `unauthorized`, …) and a message for logs. */
  error: { code: string; message: string };
}

export type LoyaltyEventName = keyof LoyaltyEventDetails;

/**
 * `window.LoyaltyKit` once the script has loaded: the one global it adds.
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
  open(page?: LoyaltyPanelPage): void;
  close(): void;
  /**
   * Signs a shopper in without a page load: a customer JWT, or a function that mints fresh ones.
   * Anything else rejects with a `LoyaltyError` (code `validation_failed`) and a console warning.
   */
  identify(token: string | (() => Promise<string | undefined>)): Promise<void>;
  /** Back to the guest view without a page load. */
  signOut(): Promise<void>;
  /** Switches every widget to `en`, `th`, `ko` or `ar` (a tag like `th-TH` works too). */
  setLocale(locale: string): Promise<void>;
  /** Changes theme tokens at run time; widgets restyle without re-rendering. Invalid tokens are reported on the console and not applied. */
  setTheme(theme: Partial<LoyaltyTheme>): void;
  /** Reloads programme and customer (after an order, say). */
  refresh(): Promise<void>;
  /** Listens for a `loyalty:<event>` (see {@link LoyaltyEventDetails}); returns an unsubscribe. */
  on<E extends LoyaltyEventName>(
    event: E,
    listener: (detail: LoyaltyEventDetails[E]) => void,
  ): () => void;
}

/** Calls queued before the script loads, replayed in order: `['open', 'redeem']`. */
export type LoyaltyKitQueue = [method: string, ...args: unknown[]][];

type LoyaltyDocumentEvents = {
  [E in LoyaltyEventName as `loyalty:${E}`]: CustomEvent<LoyaltyEventDetails[E]>;
};

declare global {
  interface Window {
    /** The queue until the script has loaded, then the API. */
    LoyaltyKit?: LoyaltyKitApi | LoyaltyKitQueue;
    /** Configuration a theme renders before the script tag; the same keys as its `data-*` attributes, camel-cased. */
    LoyaltyKitConfig?: Record<string, unknown>;
  }
  interface DocumentEventMap extends LoyaltyDocumentEvents {}
  interface HTMLElementTagNameMap {
    'loyalty-launcher': HTMLElement;
    'loyalty-product-points': HTMLElement;
    'loyalty-cart-points': HTMLElement;
    'loyalty-checkout-redemption': HTMLElement;
    'loyalty-account-summary': HTMLElement;
    'loyalty-order-points': HTMLElement;
    'loyalty-landing': HTMLElement;
  }
}
