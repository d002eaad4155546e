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
// entry passes on every option it does not know (config.ts), and what is not
// a theme option is reported here as unknown.
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

/** Theme tokens from the script tag's other options; problems are reported like the entry's. */
export function readThemeOptions(raw: Record<string, unknown>): {
  theme: Partial<ThemeTokens>;
  problems: string[];
} {
  const { values, problems } = validate(parsers, raw);
  return { theme: values, problems };
}
