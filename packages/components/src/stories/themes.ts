// The theme toolbar: light, dark and auto, and brand colours that stress the
// contrast correction (the cases named in issue 4).
import type { ThemeTokens } from '@loyaltykit/theme';

/** Toolbar entries; `harbor` is the seed store's colour (the default theme). */
export const THEME_PRESETS = {
  light: { title: 'Light', tokens: { scheme: 'light' } },
  dark: { title: 'Dark', tokens: { scheme: 'dark' } },
  auto: { title: 'Auto (follows the OS)', tokens: { scheme: 'auto' } },
  harbor: { title: 'Brand: Harbor teal #0e7490', tokens: { brandColor: '#0e7490' } },
  paleYellow: { title: 'Brand: pale yellow #fff7ae', tokens: { brandColor: '#fff7ae' } },
  black: { title: 'Brand: pure black #000000', tokens: { brandColor: '#000000' } },
  grey: { title: 'Brand: mid grey #808080', tokens: { brandColor: '#808080' } },
  red: {
    title: 'Brand: saturated red #e10600 (dark)',
    tokens: { brandColor: '#e10600', scheme: 'dark' },
  },
} satisfies Record<string, { title: string; tokens: Partial<ThemeTokens> }>;

export type ThemePreset = keyof typeof THEME_PRESETS;

/** The theme toolbar. */
export const themeGlobalType = {
  description: 'Widget theme',
  toolbar: {
    title: 'Theme',
    icon: 'paintbrush' as const,
    items: Object.entries(THEME_PRESETS).map(([value, { title }]) => ({ value, title })),
    dynamicTitle: true,
  },
};

/** The tokens of a toolbar value; unknown values fall back to light. */
export function presetTokens(value: unknown): Partial<ThemeTokens> {
  return Object.hasOwn(THEME_PRESETS, String(value))
    ? THEME_PRESETS[value as ThemePreset].tokens
    : THEME_PRESETS.light.tokens;
}

/**
 * The brand toolbar, over any theme: the default and four colours that are
 * hard to build on (issue 17's gallery): a light amber that white text fails
 * on, a near-black that dark mode swallows, a saturated pink and a mid green.
 */
export const BRAND_PRESETS = {
  default: { title: 'Brand: the theme default', tokens: {} },
  amber: { title: 'Brand: amber #f59e0b', tokens: { brandColor: '#f59e0b' } },
  ink: { title: 'Brand: near-black #111827', tokens: { brandColor: '#111827' } },
  pink: { title: 'Brand: pink #e11d48', tokens: { brandColor: '#e11d48' } },
  green: { title: 'Brand: green #16a34a', tokens: { brandColor: '#16a34a' } },
} satisfies Record<string, { title: string; tokens: Partial<ThemeTokens> }>;

export type BrandPreset = keyof typeof BRAND_PRESETS;

/** The brand toolbar. */
export const brandGlobalType = {
  description: 'Brand colour',
  toolbar: {
    title: 'Brand',
    icon: 'paintbrush' as const,
    items: Object.entries(BRAND_PRESETS).map(([value, { title }]) => ({ value, title })),
    dynamicTitle: true,
  },
};

/** The tokens of a brand toolbar value; unknown values add nothing. */
export function brandTokens(value: unknown): Partial<ThemeTokens> {
  return Object.hasOwn(BRAND_PRESETS, String(value))
    ? BRAND_PRESETS[value as BrandPreset].tokens
    : {};
}
