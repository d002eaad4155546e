import { LOCALES, type Locale, matchLocale } from '@loyaltykit/core';
import { type Parser, text, validate } from './options.ts';

/** The script tag's configuration, after validation. */
export interface EmbedConfig {
  /** Storefront API base URL, or `'demo'` for the in-browser mock backend. */
  apiUrl?: string;
  publishableKey?: string;
  customerToken?: string;
  locale: Locale;
  /** ISO 4217 code of prices embeds give without a `currency` attribute. */
  currency?: string;
  /** Name of the global array `loyalty:*` events are pushed to (`dataLayer`); none by default. */
  dataLayer?: string;
  /**
   * Every other option, as given: theme options, validated with the theme
   * resolver in the backend chunk (theme-options.ts), which also reports the
   * unknown ones. So the entry carries no list of theme option names.
   */
  themeOptions: RawConfig;
}

/** Raw options: `data-*` attributes (camel-cased by `dataset`) or `window.LoyaltyKitConfig`. */
export type RawConfig = Record<string, unknown>;

const apiUrl: Parser<string> = {
  parse(value) {
    if (value === 'demo') return value;
    try {
      const url = new URL(String(value));
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
    } catch {
      return undefined;
    }
  },
  expected: '"demo" or an absolute http(s) URL',
};

const parsers = {
  apiUrl,
  publishableKey: text,
  customerToken: text,
  dataLayer: text,
  currency: {
    parse: (value) =>
      typeof value === 'string' && /^[a-z]{3}$/i.test(value) ? value.toUpperCase() : undefined,
    expected: 'an ISO 4217 code such as THB',
  } satisfies Parser<string>,
  locale: {
    parse: (value) => (typeof value === 'string' ? matchLocale(value) : undefined),
    expected: `one of ${LOCALES.join(', ')}`,
  } satisfies Parser<Locale>,
};

/**
 * Reads and validates configuration; later sources win. Never throws: each
 * invalid option is reported once (and not at all if a later source sets it
 * validly), and its default applies; options it does not know go on to the
 * theme's check. An empty value means "not set":
 * templates render `data-customer-token=""` for guests.
 */
export function readConfig(...sources: RawConfig[]): { config: EmbedConfig; problems: string[] } {
  const raw: Record<string, unknown> = {};
  const themeOptions: RawConfig = {};
  for (const source of sources) {
    for (const [key, value] of Object.entries(source)) {
      if (value === '') continue;
      if (Object.hasOwn(parsers, key)) raw[key] = value;
      else themeOptions[key] = value;
    }
  }
  const { values, problems } = validate(parsers, raw);
  if (!values.apiUrl && raw.apiUrl === undefined) {
    problems.push('data-api-url is required ("demo" runs the in-browser demo backend).');
  }
  return { config: { ...values, locale: values.locale ?? 'en', themeOptions }, problems };
}
