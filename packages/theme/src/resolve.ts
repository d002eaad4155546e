import {
  BLACK,
  contrast,
  ensureContrast,
  mix,
  parseHex,
  type Rgb,
  round,
  toHex,
  WHITE,
} from './color.ts';
import { cssVarName, type ResolvedTheme } from './names.ts';

export type { ResolvedTheme };

import { defaultTokens, type ThemeTokens } from './tokens.ts';

/** WCAG AA for body text. */
const AA_TEXT = 4.5;
/** WCAG AA for large text and UI boundaries (focus ring, launcher edge). */
const AA_UI = 3;

const palettes = {
  light: {
    surface: WHITE,
    surfaceMuted: [244, 245, 247],
    text: [24, 26, 31],
    backdrop: 'rgb(15 17 21 / 0.45)',
  },
  dark: {
    surface: [24, 26, 31],
    surfaceMuted: [36, 39, 46],
    text: [240, 241, 244],
    backdrop: 'rgb(0 0 0 / 0.6)',
  },
} as const satisfies Record<
  ThemeTokens['scheme'],
  { surface: Rgb; surfaceMuted: Rgb; text: Rgb; backdrop: string }
>;

const radii = {
  square: { control: '2px', panel: '4px', launcher: '4px' },
  rounded: { control: '10px', panel: '16px', launcher: '16px' },
  pill: { control: '999px', panel: '24px', launcher: '999px' },
} as const;

const scales = {
  compact: { unit: 4, font: 13, control: 40, launcher: 48 },
  regular: { unit: 4, font: 14, control: 44, launcher: 52 },
  large: { unit: 5, font: 16, control: 48, launcher: 60 },
} as const;

/**
 * Turns tokens into a value for every theme variable. Pure: the same tokens
 * always give the same theme. Whatever brand colour comes in, every text and
 * background pair it produces meets WCAG AA.
 */
export function resolveTheme(partial: Partial<ThemeTokens> = {}): ResolvedTheme {
  const tokens = { ...defaultTokens, ...partial };
  const palette = palettes[tokens.scheme];
  const brand = parseHex(tokens.brandColor) ?? (parseHex(defaultTokens.brandColor) as Rgb);
  // Black or white, whichever contrasts more: for any colour that is at least 4.58:1.
  const onBrand = contrast(WHITE, brand) >= contrast(BLACK, brand) ? WHITE : BLACK;
  // Hover moves away from the label colour, so the label's contrast only grows.
  const brandHover = mix(brand, onBrand === WHITE ? BLACK : WHITE, 0.12);
  // Cards sit on brandSoft and secondary buttons hover on surfaceMuted: text must read on all of them.
  const brandSoft = round(mix(palette.surface, brand, 0.1));
  const backgrounds = [palette.surface, palette.surfaceMuted, brandSoft];
  const readable = (color: Rgb, ratio: number) =>
    backgrounds.reduce((c, background) => ensureContrast(c, background, ratio), color);
  const scale = scales[tokens.size];
  const px = (n: number) => `${n}px`;

  return {
    color: {
      brand: toHex(brand),
      brandHover: toHex(brandHover),
      onBrand: toHex(onBrand),
      brandText: toHex(readable(brand, AA_TEXT)),
      brandSoft: toHex(brandSoft),
      surface: toHex(palette.surface),
      surfaceMuted: toHex(palette.surfaceMuted),
      text: toHex(palette.text),
      textMuted: toHex(readable(mix(palette.text, palette.surface, 0.35), AA_TEXT)),
      border: toHex(ensureContrast(mix(palette.text, palette.surface, 0.75), palette.surface, 1.5)),
      focus: toHex(ensureContrast(brand, palette.surface, AA_UI)),
      critical: toHex(ensureContrast([196, 30, 58], palette.surface, AA_TEXT)),
      backdrop: palette.backdrop,
    },
    radius: radii[tokens.shape],
    space: {
      xs: px(scale.unit),
      sm: px(scale.unit * 2),
      md: px(scale.unit * 3),
      lg: px(scale.unit * 4),
      xl: px(scale.unit * 6),
    },
    size: { control: px(scale.control), launcher: px(scale.launcher), panelWidth: '380px' },
    font: {
      family: tokens.fontFamily,
      sizeSmall: px(scale.font - 2),
      sizeBody: px(scale.font),
      sizeLarge: px(scale.font + 3),
      sizeDisplay: px(scale.font * 2),
    },
    shadow: {
      raised: '0 4px 14px rgb(0 0 0 / 0.18)',
      panel: '0 18px 48px rgb(0 0 0 / 0.24)',
    },
    // Logical insets: "bottom-right" is the reading-direction end, so right-to-left pages mirror it.
    launcher: {
      insetBlockEnd: '20px',
      insetInlineStart: tokens.launcherPosition === 'bottom-left' ? '20px' : 'auto',
      insetInlineEnd: tokens.launcherPosition === 'bottom-left' ? 'auto' : '20px',
    },
  };
}

/**
 * The resolved theme as CSS custom properties (`--lk-color-brand`: value), for
 * a `:host` rule in a constructable stylesheet (shadow roots) or a `style`
 * object (light DOM).
 */
export function themeToProperties(theme: ResolvedTheme): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [group, values] of Object.entries(theme)) {
    for (const [key, value] of Object.entries(values)) out[`--${cssVarName([group, key])}`] = value;
  }
  return out;
}
