import { LOCALES, type Locale, matchLocale } from '@loyaltykit/core';
import {
  LAUNCHER_POSITIONS,
  parseHex,
  SCHEMES,
  SHAPES,
  SIZES,
  type ThemeTokens,
} from '@loyaltykit/theme';

/** The script tag's configuration, after validation. */
export interface EmbedConfig {
  /** Storefront API base URL, or `'demo'` for the in-browser mock backend. */
  apiUrl?: string;
  publishableKey?: string;
  customerToken?: string;
  locale: Locale;
  /** ISO 4217 code of prices embeds give without a `currency` attribute. */
  currency?: string;
  theme: Partial<ThemeTokens>;
}

/** Raw options: `data-*` attributes (camel-cased by `dataset`) or `window.LoyaltyKitConfig`. */
export type RawConfig = Record<string, unknown>;

/** A parsed value, or `undefined` when the input is invalid; `expected` describes valid input. */
interface Parser<T> {
  parse(value: unknown): T | undefined;
  expected: string;
}

const text: Parser<string> = {
  parse: (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined),
  expected: 'a non-empty string',
};

const choice = <T extends string>(values: readonly T[]): Parser<T> => ({
  parse: (value) => values.find((v) => v === value),
  expected: `one of ${values.join(', ')}`,
});

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
  brandColor: {
    parse: (value) => (typeof value === 'string' && parseHex(value) ? value : undefined),
    expected: 'a hex colour such as #0e7490',
  } satisfies Parser<string>,
  launcherPosition: choice(LAUNCHER_POSITIONS),
  shape: choice(SHAPES),
  size: choice(SIZES),
  scheme: choice(SCHEMES),
  fontFamily: text,
};

type Options = {
  [K in keyof typeof parsers]?: NonNullable<ReturnType<(typeof parsers)[K]['parse']>>;
};

const attribute = (key: string) => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * Reads and validates configuration; later sources win. Never throws: each
 * unknown or invalid option is reported once (and not at all if a later source
 * sets it validly), and its default applies. An empty value means "not set":
 * templates render `data-customer-token=""` for guests.
 */
export function readConfig(...sources: RawConfig[]): { config: EmbedConfig; problems: string[] } {
  const problems = new Map<string, string>();
  const options: Options = {};
  for (const source of sources) {
    for (const [key, value] of Object.entries(source)) {
      if (value === '') continue;
      if (!Object.hasOwn(parsers, key)) {
        problems.set(key, `Unknown option ${attribute(key)} was ignored.`);
        continue;
      }
      const parser = parsers[key as keyof typeof parsers] as Parser<unknown>;
      const parsed = parser.parse(value);
      if (parsed === undefined) {
        problems.set(
          key,
          `${attribute(key)}="${String(value)}" is invalid: expected ${parser.expected}.`,
        );
      } else {
        (options as Record<string, unknown>)[key] = parsed;
        problems.delete(key);
      }
    }
  }
  if (!options.apiUrl && !problems.has('apiUrl')) {
    problems.set('apiUrl', 'data-api-url is required ("demo" runs the in-browser demo backend).');
  }

  const { apiUrl, publishableKey, customerToken, currency, locale = 'en', ...theme } = options;
  return {
    config: { apiUrl, publishableKey, customerToken, currency, locale, theme },
    problems: [...problems.values()],
  };
}
