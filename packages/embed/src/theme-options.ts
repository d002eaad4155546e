import {
  LAUNCHER_POSITIONS,
  parseHex,
  SCHEMES,
  SHAPES,
  SIZES,
  type ThemeTokens,
} from '@loyaltykit/theme';
import { attribute, choice, type Parser, text, validate } from './options.ts';

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

/**
 * Theme tokens from the script tag's other options; problems are reported like
 * the entry's, and options that are not theme options either as unknown (the
 * entry checks only its own, so that it carries no list of these).
 */
export function readThemeOptions(raw: Record<string, unknown>): {
  theme: Partial<ThemeTokens>;
  problems: string[];
} {
  const known: Partial<Record<keyof typeof parsers, unknown>> = {};
  const unknown: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    // Own keys only: `toString` is not an option.
    if (Object.hasOwn(parsers, key)) known[key as keyof typeof parsers] = value;
    else unknown.push(`Unknown option ${attribute(key)} was ignored.`);
  }
  const { values, problems } = validate(parsers, known);
  return { theme: values, problems: [...unknown, ...problems] };
}
