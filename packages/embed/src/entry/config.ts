import { type Locale, matchLocale } from '@loyaltykit/core';
import type { EmbedConfig, EntryOptionKey, RawConfig } from '../shared/host.ts';
import { copyOptions, nonEmpty, type Parse, shown } from '../shared/options.ts';

const parsers = {
  apiUrl(value) {
    if (value === 'demo') return value;
    try {
      const url = new URL(String(value));
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
    } catch {
      return undefined;
    }
  },
  backend: (value) => (value === 'loyaltylion' ? value : undefined),
  publishableKey: nonEmpty,
  customerToken: nonEmpty,
  dataLayer: nonEmpty,
  currency: (value) =>
    typeof value === 'string' && /^[a-z]{3}$/i.test(value) ? value.toUpperCase() : undefined,
  locale: (value) => (typeof value === 'string' ? matchLocale(value) : undefined),
} satisfies { [K in EntryOptionKey]: Parse<EmbedConfig[K]> };

/**
 * Reads configuration; later sources win, and an empty value means "not set"
 * (templates render `data-customer-token=""` for guests). Never throws, even
 * for a source whose getters or Proxy traps throw. What it cannot parse goes
 * to `deferred`, for the runtime chunk to report once each with the expected
 * form, and the default applies. Only a missing or unusable API URL, and a
 * source that could not be read in full, are reported here: without an API
 * URL no chunk loads.
 */
export function readConfig(...sources: unknown[]): { config: EmbedConfig; problems: string[] } {
  const raw: RawConfig = {};
  let complete = true;
  for (const source of sources) {
    const read: RawConfig = {};
    complete = copyOptions(source, read) && complete;
    for (const [key, value] of Object.entries(read)) if (value !== '') raw[key] = value;
  }
  const problems = complete
    ? []
    : ['window.LoyaltyKitConfig could not be read in full: defaults apply.'];
  const values: Partial<EmbedConfig> = {};
  const deferred: RawConfig = {};
  for (const [key, value] of Object.entries(raw)) {
    // Own keys only: `toString` is not an option.
    const parsed = Object.hasOwn(parsers, key) ? parsers[key as EntryOptionKey](value) : undefined;
    if (parsed === undefined) deferred[key] = value;
    else (values as RawConfig)[key] = parsed;
  }
  if (!values.apiUrl && !values.backend)
    problems.push(
      `data-api-url${raw.apiUrl === undefined ? '' : `="${shown(raw.apiUrl)}"`} must be "demo" or an absolute http(s) URL.`,
    );
  // Unconfigured, the widgets speak the page's language (`<html lang="ar">`, `th-TH`) if we have
  // it, else English. The tag is kept whole: `ar-EG` chooses its digits.
  const page = globalThis.document?.documentElement.lang ?? '';
  const tag = values.locale ? String(raw.locale) : matchLocale(page) ? page : 'en';
  return {
    // Each of the three tags names a language we have.
    config: { ...values, locale: matchLocale(tag) as Locale, localeTag: tag, deferred },
    problems,
  };
}
