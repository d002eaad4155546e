import type { Locale } from '@loyaltykit/core';
import type { ChunkName } from './chunk-names.ts';
import type { LAZY_WIDGETS } from './widget-table.ts';

/** Raw options: `data-*` attributes (camel-cased by `dataset`) or `window.LoyaltyKitConfig`. */
export type RawConfig = Record<string, unknown>;

/** The script tag's configuration, after validation. */
export interface EmbedConfig {
  /** Storefront API base URL, or `'demo'` for the in-browser mock backend. */
  apiUrl?: string;
  /**
   * A platform the widgets call directly instead of a Storefront API
   * (`loyaltylion`: its own runtime chunk). `apiUrl` then optionally points at
   * the platform's API, or is `'demo'` for a fake of it in the page.
   */
  backend?: 'loyaltylion';
  publishableKey?: string;
  customerToken?: string;
  /** The language the page starts in: the entry requests its catalog with the runtime. */
  locale: Locale;
  /**
   * The shopper's BCP 47 tag, as the page gives it (`ar-EG`, `th`), then as
   * `LoyaltyKit.setLocale` changes it: it chooses digits and dates, and goes
   * to the backend as `Accept-Language`.
   */
  localeTag: string;
  /** ISO 4217 code of prices embeds give without a `currency` attribute. */
  currency?: string;
  /** Name of the global array `loyalty:*` events are pushed to (`dataLayer`); none by default. */
  dataLayer?: string;
  /**
   * Options the runtime checks and reports (runtime/theme-options.ts): theme
   * options, unknown ones, and the entry's own options it could not read. So
   * the entry carries neither the theme's option names nor the texts that
   * describe valid values.
   */
  deferred: RawConfig;
}

/** The options the entry reads itself: every one of {@link EmbedConfig} but `deferred` and what follows from `locale`. */
export type EntryOptionKey = Exclude<keyof EmbedConfig, 'deferred' | 'localeTag'>;

/** Loads a chunk once (later calls share the first load; a failed load may be tried again). */
export type LoadChunk = <T>(name: ChunkName) => Promise<T>;

/**
 * What the entry hands the runtime chunk: the page's configuration, the
 * element shells it defined (each with an open shadow root adopting
 * `sheets`), and the chunk loader. The entry renders nothing itself: a shell
 * holds its room until the runtime sets `paint` and paints it.
 */
export interface Host {
  version: string;
  config: EmbedConfig;
  loadChunk: LoadChunk;
  /** Component styles (the chunks' CSS, in load order) and theme variables, adopted by every shadow root. */
  sheets: [components: CSSStyleSheet, theme: CSSStyleSheet];
  /** The script tag's CSP nonce, for a `<style>` where the sheets cannot be adopted. */
  nonce?: string;
  /** Shells on the page now. */
  connected: Set<HTMLElement>;
  /** The embeds' table (widget-table.ts), handed over so the runtime does not carry a copy. */
  widgets: typeof LAZY_WIDGETS;
  /**
   * Shells whose shadow root refused the sheets (an old polyfill, a script
   * guarding shadow roots): they need the same rules in a `<style>` of their
   * own, painted again whenever a sheet changes.
   */
  unadopted: Set<HTMLElement>;
  /** Makes a shell's shadow root adopt {@link sheets} (or, where it refuses them, marks it {@link unadopted}). */
  adopt(element: HTMLElement): void;
  /** Renders a shell from its attributes, or empties one no longer connected. The runtime sets it. */
  paint(element: HTMLElement): void;
  /** `window.LoyaltyKit` as the page left it: the calls queued before the API existed. */
  queued: unknown[];
}

/**
 * Who the shopper is, once the page says so after boot (`LoyaltyKit.identify`,
 * `signOut`): a token, a provider that mints fresh ones, or neither (a guest).
 */
export interface Identity {
  token?: string;
  tokenProvider?: () => Promise<string | undefined>;
}

/** What the runtime chunk (`client`, or `demo` with the mock backend) gives the entry. */
export interface RuntimeChunk {
  /** Creates the model and the backend, paints every shell and makes `window.LoyaltyKit` the API. */
  start(host: Host): Promise<void>;
}
