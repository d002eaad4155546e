import {
  LAUNCHER_POSITIONS,
  parseHex,
  SCHEMES,
  SHAPES,
  SIZES,
  type ThemeTokens,
} from '@loyaltykit/theme';
import { choice, type Parser, text, validate } from './options.ts';

// Validated in the backend chunk, next to the resolver that uses them: the
// entry only knows these keys' names (config.ts).
const parsers = {
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

/** The names of the theme options, for the entry to tell them from unknown ones. */
export type ThemeOptionKey = keyof typeof parsers;

/** Theme tokens from the script tag's theme options; problems are reported like the entry's. */
export function readThemeOptions(raw: Partial<Record<ThemeOptionKey, unknown>>): {
  theme: Partial<ThemeTokens>;
  problems: string[];
} {
  const { values, problems } = validate(parsers, raw);
  return { theme: values, problems };
}
