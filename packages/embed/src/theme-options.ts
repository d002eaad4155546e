import { LOCALES } from '@loyaltykit/core';
import {
  ELEVATIONS,
  LAUNCHER_OFFSET_RANGE,
  LAUNCHER_POSITIONS,
  LAUNCHER_STYLES,
  parseHex,
  SCHEMES,
  SHAPES,
  SIZES,
  type ThemeTokens,
} from '@loyaltykit/theme';
import type { EntryOptionKey } from './config.ts';
import { attribute, choice, invalid, type Parser, text } from './options.ts';

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
  fontFamily: text,
};

/** What the entry's own options expect, for the entry's values it handed over unread. */
const ENTRY_EXPECTED: Record<Exclude<EntryOptionKey, 'apiUrl'>, string> = {
  publishableKey: text.expected,
  customerToken: text.expected,
  dataLayer: 'the name of a global array, such as dataLayer',
  currency: 'an ISO 4217 code such as THB',
  locale: `one of ${LOCALES.join(', ')}`,
};

/** `data-nudge="off"` turns the launcher's nudge off. */
const nudgeSwitch = choice(['on', 'off'] as const);

/**
 * Theme tokens and the nudge switch from the options the entry handed over
 * (config.ts), and one problem per option that is invalid (its default then
 * applies) or unknown, in the order given.
 */
export function readThemeOptions(raw: Record<string, unknown>): {
  theme: Partial<ThemeTokens>;
  nudge: boolean;
  problems: string[];
} {
  const theme: Record<string, unknown> = {};
  const problems: string[] = [];
  let nudge = true;
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'nudge') {
      const parsed = nudgeSwitch.parse(value);
      if (parsed) nudge = parsed === 'on';
      else problems.push(invalid(key, value, nudgeSwitch.expected));
      continue;
    }
    // Own keys only: `toString` is not an option.
    const parser: Parser<unknown> | undefined = Object.hasOwn(parsers, key)
      ? parsers[key as keyof typeof parsers]
      : undefined;
    const parsed = parser?.parse(value);
    if (parsed !== undefined) theme[key] = parsed;
    else if (parser) problems.push(invalid(key, value, parser.expected));
    else if (Object.hasOwn(ENTRY_EXPECTED, key))
      problems.push(invalid(key, value, ENTRY_EXPECTED[key as keyof typeof ENTRY_EXPECTED]));
    else problems.push(`Unknown option ${attribute(key)} was ignored.`);
  }
  return { theme: theme as Partial<ThemeTokens>, nudge, problems };
}
