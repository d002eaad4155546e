import { isSafeUrl, LOCALES } from '@loyaltykit/core';
import {
  ELEVATIONS,
  LAUNCHER_OFFSET_RANGE,
  LAUNCHER_POSITIONS,
  LAUNCHER_STYLES,
  parseFontFamily,
  parseHex,
  SCHEMES,
  SHAPES,
  SIZES,
  type ThemeTokens,
} from '@loyaltykit/theme';
import type { EntryOptionKey } from '../shared/host.ts';
import {
  attribute,
  choice,
  copyOptions,
  invalid,
  nonEmpty,
  type Parser,
  text,
} from '../shared/options.ts';

const [minOffset, maxOffset] = LAUNCHER_OFFSET_RANGE;

/** Whole px in the launcher's offset range: `24` or `"24"` (an attribute), `"24px"` too. */
const offset: Parser<number> = {
  parse(value) {
    const match = typeof value === 'string' ? /^\s*(\d+)(px)?\s*$/.exec(value) : undefined;
    const px = match ? Number(match[1]) : value;
    return typeof px === 'number' && Number.isInteger(px) && px >= minOffset && px <= maxOffset
      ? px
      : undefined;
  },
  expected: `a whole number of px from ${minOffset} to ${maxOffset}, such as 20`,
};

// Validated in the backend chunk, next to the resolver that uses them: the
// entry passes on every option it could not read itself (config.ts), and this
// reports them all, so the entry carries none of these names and texts.
const parsers = {
  brandColor: {
    parse: (value) => (typeof value === 'string' && parseHex(value) ? value : undefined),
    expected: 'a hex colour such as #0e7490',
  } satisfies Parser<string>,
  launcherPosition: choice(LAUNCHER_POSITIONS),
  launcherStyle: choice(LAUNCHER_STYLES),
  launcherOffsetX: offset,
  launcherOffsetY: offset,
  elevation: choice(ELEVATIONS),
  shape: choice(SHAPES),
  size: choice(SIZES),
  scheme: choice(SCHEMES),
  fontFamily: {
    parse: parseFontFamily,
    expected: 'a font-family list such as Inter, "Noto Sans Thai", sans-serif',
  } satisfies Parser<string>,
};

/**
 * The entry's own options, as parsers that accept nothing: the entry hands
 * over only the values it could not read, and they are reported from here
 * with what was expected.
 */
const unreadable = (expected: string): Parser<never> => ({ parse: () => undefined, expected });
const ENTRY_OPTIONS: Record<Exclude<EntryOptionKey, 'apiUrl'>, Parser<never>> = {
  backend: unreadable('loyaltylion'),
  publishableKey: unreadable(text.expected),
  customerToken: unreadable(text.expected),
  dataLayer: unreadable('the name of a global array, such as dataLayer'),
  currency: unreadable('an ISO 4217 code such as THB'),
  locale: unreadable(`one of ${LOCALES.join(', ')}`),
};

/** `data-nudge="off"` turns the launcher's nudge off, `data-launcher="off"` the launcher. */
const onOff = choice(['on', 'off'] as const);

/** A selector list the page's `querySelectorAll` takes (checked where there is a document). */
const selectorList: Parser<string> = {
  parse(value) {
    const list = nonEmpty(value);
    try {
      globalThis.document?.createDocumentFragment().querySelector(list as string);
      return list;
    } catch {
      return undefined;
    }
  },
  expected: 'a CSS selector list such as .cart-drawer[open]',
};

/** An image for the panel's header: core's link check, so a `javascript:` URL never reaches an `<img>`. */
const imageUrl: Parser<string> = {
  parse(value) {
    const url = nonEmpty(value);
    return isSafeUrl(url) ? url : undefined;
  },
  expected: 'an http(s) URL or a path on this site',
};

/** What the script tag's options may hold besides theme tokens. */
const tagParsers: Record<string, Parser<unknown>> = {
  ...parsers,
  ...ENTRY_OPTIONS,
  nudge: onOff,
  launcher: onOff,
  launcherAvoid: selectorList,
  logoUrl: imageUrl,
  headerImage: imageUrl,
};

/**
 * The valid values of `raw` by the `known` parsers, and one problem per option that is
 * invalid (its default then applies) or unknown, in the order given, naming
 * each option as the merchant wrote it (`name`).
 */
function checkOptions(
  raw: Record<string, unknown>,
  known: Record<string, Parser<unknown>>,
  name: (key: string) => string,
): { values: Record<string, unknown>; problems: string[] } {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    // Own keys only: `toString` is not an option.
    const parser = Object.hasOwn(known, key) ? known[key] : undefined;
    const parsed = parser?.parse(value);
    if (parsed !== undefined) values[key] = parsed;
    else if (parser) problems.push(invalid(name(key), value, parser.expected));
    else problems.push(`Unknown option ${name(key)} was ignored.`);
  }
  return { values, problems };
}

/** The panel header's images (`data-logo-url`, `data-header-image`), each checked by {@link imageUrl}. */
export interface HeaderImages {
  logoUrl?: string;
  headerImage?: string;
}

/**
 * Theme tokens, the launcher's switches (its nudge, the launcher itself,
 * what it steps aside for) and the panel header's images from the options the
 * entry handed over (config.ts), and one problem per option that is invalid
 * (its default then applies) or unknown, in the order given.
 */
export function readThemeOptions(raw: Record<string, unknown>): {
  theme: Partial<ThemeTokens>;
  nudge: boolean;
  launcher: boolean;
  launcherAvoid: string | undefined;
  header: HeaderImages;
  problems: string[];
} {
  const {
    values: { nudge, launcher, launcherAvoid, logoUrl, headerImage, ...theme },
    problems,
  } = checkOptions(raw, tagParsers, attribute);
  return {
    theme: theme as Partial<ThemeTokens>,
    nudge: nudge !== 'off',
    launcher: launcher !== 'off',
    launcherAvoid: launcherAvoid as string | undefined,
    header: { logoUrl, headerImage } as HeaderImages,
    problems,
  };
}

/**
 * The valid tokens of a `LoyaltyKit.setTheme(changes)` call, and one problem
 * per field that is invalid (that token keeps its value) or unknown, or when
 * `changes` could not be read in full (a throwing getter or Proxy trap).
 */
export function readThemeChanges(changes: unknown): {
  theme: Partial<ThemeTokens>;
  problems: string[];
} {
  const raw: Record<string, unknown> = {};
  const complete = copyOptions(changes, raw);
  const { values, problems } = checkOptions(raw, parsers, (key) => key);
  if (!complete)
    problems.push('The theme could not be read in full: what could not be read is unchanged.');
  return { theme: values as Partial<ThemeTokens>, problems };
}
