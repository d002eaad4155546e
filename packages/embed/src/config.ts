import { LOCALES, type Locale, matchLocale } from '@loyaltykit/core';
import { attribute, type Parser, text, validate } from './options.ts';
import type { ThemeOptionKey } from './theme-options.ts';

/** The script tag's configuration, after validation. */
export interface EmbedConfig {
  /** Storefront API base URL, or `'demo'` for the in-browser mock backend. */
  apiUrl?: string;
  publishableKey?: string;
  customerToken?: string;
  locale: Locale;
  /** ISO 4217 code of prices embeds give without a `currency` attribute. */
  currency?: string;
  /** Theme options as given: validated with the theme resolver, in the backend chunk (theme-options.ts). */
  themeOptions: Partial<Record<ThemeOptionKey, unknown>>;
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

/** Theme options the entry passes on unchecked: validated by the backend chunk with the resolver. */
const THEME_OPTIONS: readonly ThemeOptionKey[] = [
  'brandColor',
  'launcherPosition',
  'shape',
  'size',
  'scheme',
  'fontFamily',
];

/**
 * Reads and validates configuration; later sources win. Never throws: each
 * unknown or invalid option is reported once (and not at all if a later source
 * sets it validly), and its default applies. An empty value means "not set":
 * templates render `data-customer-token=""` for guests.
 */
export function readConfig(...sources: RawConfig[]): { config: EmbedConfig; problems: string[] } {
  const raw: Record<string, unknown> = {};
  const themeOptions: EmbedConfig['themeOptions'] = {};
  const unknown = new Set<string>();
  for (const source of sources) {
    for (const [key, value] of Object.entries(source)) {
      if (value === '') continue;
      if (Object.hasOwn(parsers, key)) raw[key] = value;
      else if (THEME_OPTIONS.includes(key as ThemeOptionKey))
        themeOptions[key as ThemeOptionKey] = value;
      else unknown.add(key);
    }
  }
  const { values, problems } = validate(parsers, raw);
  for (const key of unknown) problems.push(`Unknown option ${attribute(key)} was ignored.`);
  if (!values.apiUrl && raw.apiUrl === undefined) {
    problems.push('data-api-url is required ("demo" runs the in-browser demo backend).');
  }
  return { config: { ...values, locale: values.locale ?? 'en', themeOptions }, problems };
}
