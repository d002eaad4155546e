import {
  BLACK,
  contrast,
  ensureContrast,
  isDark,
  mix,
  parseHex,
  type Rgb,
  readableOn,
  toHex,
  WHITE,
} from './color.ts';
import { parseFontFamily } from './font.ts';
import { cssVarName, type ResolvedTheme } from './names.ts';
import { defaultTokens, LAUNCHER_OFFSET_RANGE, type ThemeTokens } from './tokens.ts';

export type { ResolvedTheme };

/** WCAG AA for body text. */
export const AA_TEXT = 4.5;
/** WCAG AA for large text and UI boundaries (focus ring, progress fill). */
export const AA_UI = 3;

// Tables are arrays, not objects with named keys: this file runs in the
// script tag's backend chunk, which every page loads at boot.

const INK: Rgb = [24, 26, 31];
const PAPER: Rgb = [240, 241, 244];

/** Radii in px: control, panel, launcher. */
const RADII: Record<ThemeTokens['shape'], number[]> = {
  square: [2, 4, 4],
  rounded: [10, 16, 16],
  pill: [999, 24, 999],
};

/**
 * Spacing unit, body font, control and launcher size in px. Controls stay at
 * 44 px in every size: the accessible target size (DESIGN.md §7).
 */
const SCALES: Record<ThemeTokens['size'], number[]> = {
  compact: [4, 13, 44, 48],
  regular: [4, 14, 44, 52],
  large: [5, 16, 48, 60],
};

/**
 * Shadows of the launcher and the panel, per elevation. Flat is a zero shadow,
 * not `none`: the launcher's focus ring lists the shadow after a ring of its
 * own, and `none` is invalid inside a list.
 */
const SHADOWS: Record<ThemeTokens['elevation'], [string, string]> = {
  flat: ['0 0 #0000', '0 0 #0000'],
  raised: ['0 4px 14px rgb(0 0 0/.18)', '0 18px 48px rgb(0 0 0/.24)'],
  floating: ['0 10px 28px rgb(0 0 0/.26)', '0 28px 72px rgb(0 0 0/.34)'],
};

/** A launcher offset in whole px inside {@link LAUNCHER_OFFSET_RANGE}; the default for anything not a number. */
const offset = (value: unknown, fallback: number): number => {
  const [min, max] = LAUNCHER_OFFSET_RANGE;
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.min(max, Math.max(min, Math.round(value)))
    : fallback;
};

/**
 * `table[key]`, or `table[fallback]` when `key` is not one of its own keys:
 * tokens from plain JavaScript (`setTheme`, a theme builder's JSON) can be
 * anything, `'toString'` included.
 */
const pick = <K extends string, V>(table: Record<K, V>, key: unknown, fallback: K): V =>
  table[Object.hasOwn(table, key as PropertyKey) ? (key as K) : fallback];

/** Tone hues before contrast correction: success, warning, critical. */
const TONES: Rgb[] = [
  [21, 128, 61],
  [180, 83, 9],
  [196, 30, 58],
];

/**
 * What a shade of the surface must keep against the text's black or white:
 * over √21 (4.58), so that pole is the one text moves towards on every
 * background, and reaches 4.5:1 on all of them.
 */
const ROOM = 4.6;

/**
 * Turns tokens into a value for every theme variable. Pure: the same tokens
 * always give the same theme. Whatever brand colour comes in, every
 * text colour meets WCAG AA (4.5:1) on every background it is used on, and
 * focus rings and accent fills meet 3:1 (contrast.ts lists the pairs).
 *
 * `surface` is the background the widgets are drawn on when it is not their
 * own: the host page's, behind an inline embed ({@link backgroundBehind}). The
 * text colours are then derived for it, dark or light as it needs, whatever
 * the scheme, and the guarantee holds on it.
 *
 * @example
 * ```ts
 * resolveTheme({ brandColor: '#0e7490' }, [33, 37, 41]).color.brandText; // a light teal
 * ```
 */
export function resolveTheme(partial: Partial<ThemeTokens> = {}, surface?: Rgb): ResolvedTheme {
  const tokens = { ...defaultTokens, ...partial };
  // Every value written into CSS is either derived (colours, px) or checked here: a token
  // outside its grammar gets its default, so no token can add a declaration or a rule.
  // Light unless dark is asked for (`auto` resolves as light, and themeCss adds the dark half),
  // or the host's background is dark: white text contrasts more on it.
  const dark = surface ? isDark(surface) : tokens.scheme === 'dark';
  const ground = surface ?? (dark ? INK : WHITE);
  const [pole, ink] = dark ? [WHITE, PAPER] : [BLACK, INK];
  const brand =
    (typeof tokens.brandColor === 'string' && parseHex(tokens.brandColor)) ||
    (parseHex(defaultTokens.brandColor) as Rgb);
  // Black or white, whichever contrasts more: for any colour that is at least 4.58:1.
  const onBrand = contrast(WHITE, brand) >= contrast(BLACK, brand) ? WHITE : BLACK;
  // A shade of the surface, moved away from the text's pole where it would leave it no
  // room (a mid-grey host): never on the light and dark surfaces of the schemes.
  const shade = (toward: Rgb, weight: number) =>
    ensureContrast(mix(ground, toward, weight), pole, ROOM);
  const surfaceMuted = shade(ink, 0.05);
  // Cards sit on brandSoft and secondary buttons hover on surfaceMuted: text must read on all of them.
  const brandSoft = shade(brand, 0.1);
  const backgrounds = [ground, surfaceMuted, brandSoft];
  const readable = (color: Rgb, ratio = AA_TEXT) => toHex(readableOn(color, backgrounds, ratio));
  const text = readableOn(ink, backgrounds, AA_TEXT);
  const [unit, font, control, launcher] = pick(SCALES, tokens.size, defaultTokens.size) as [
    number,
    number,
    number,
    number,
  ];
  const [radiusControl, radiusPanel, radiusLauncher] = pick(
    RADII,
    tokens.shape,
    defaultTokens.shape,
  ).map((n) => `${n}px`);
  const px = (n: number) => `${n}px`;
  const left = tokens.launcherPosition === 'bottom-left';
  const side = px(offset(tokens.launcherOffsetX, defaultTokens.launcherOffsetX));
  const [raised, panel] = pick(SHADOWS, tokens.elevation, defaultTokens.elevation);

  return {
    color: {
      brand: toHex(brand),
      // Hover moves away from the label colour, so the label's contrast only grows.
      brandHover: toHex(mix(brand, onBrand === WHITE ? BLACK : WHITE, 0.12)),
      onBrand: toHex(onBrand),
      brandText: readable(brand),
      brandSoft: toHex(brandSoft),
      accent: readable(brand, AA_UI),
      surface: toHex(ground),
      surfaceMuted: toHex(surfaceMuted),
      text: toHex(text),
      textMuted: readable(mix(text, ground, 0.35)),
      border: toHex(ensureContrast(mix(text, ground, 0.75), ground, 1.5)),
      focus: readable(brand, AA_UI),
      success: readable(TONES[0] as Rgb),
      warning: readable(TONES[1] as Rgb),
      critical: readable(TONES[2] as Rgb),
      backdrop: 'rgb(0 0 0/.5)',
    },
    radius: { control: radiusControl!, panel: radiusPanel!, launcher: radiusLauncher! },
    space: { xs: px(unit), sm: px(unit * 2), md: px(unit * 3), lg: px(unit * 4), xl: px(unit * 6) },
    size: { control: px(control), launcher: px(launcher), panelWidth: '380px' },
    font: {
      // The default stack is valid as written: no need to compile the grammar's Unicode classes
      // (milliseconds on a phone) for the pages that keep it.
      family:
        tokens.fontFamily === defaultTokens.fontFamily
          ? tokens.fontFamily
          : (parseFontFamily(tokens.fontFamily) ?? defaultTokens.fontFamily),
      sizeSmall: px(font - 2),
      sizeBody: px(font),
      sizeLarge: px(font + 3),
      sizeDisplay: px(font * 2),
    },
    shadow: { raised, panel },
    // Logical insets: "bottom-right" is the reading-direction end, so right-to-left pages mirror it.
    // The style is variables too, so `setTheme` switches it without re-rendering: `icon` and
    // `label` are the `display` of each (short names: the entry's CSS carries them). An
    // icon-only launcher drops its side padding and becomes as wide as it is tall (its minimum size).
    launcher: {
      insetBlockEnd: px(offset(tokens.launcherOffsetY, defaultTokens.launcherOffsetY)),
      insetInlineStart: left ? side : 'auto',
      insetInlineEnd: left ? 'auto' : side,
      padding: tokens.launcherStyle === 'icon' ? '0' : px(unit * 4),
      icon: tokens.launcherStyle === 'label' ? 'none' : 'block',
      label: tokens.launcherStyle === 'icon' ? 'none' : 'inline',
    },
  };
}

/**
 * The resolved theme as CSS custom properties (`--lk-color-brand`: value), for
 * a `style` object in light DOM. Shadow hosts use {@link themeCss}.
 */
export function themeToProperties(theme: ResolvedTheme): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [group, values] of Object.entries(theme)) {
    for (const [key, value] of Object.entries(values)) out[`--${cssVarName([group, key])}`] = value;
  }
  return out;
}

/**
 * The theme as CSS text: one rule on `selector` setting every `--lk-*`
 * variable, and for `scheme: 'auto'` a second one inside
 * `@media (prefers-color-scheme: dark)`. The script tag puts it in a
 * constructable stylesheet every shadow root adopts, so merchant CSS on our
 * elements still overrides it and `setTheme` only swaps this text. With a
 * `surface` (see {@link resolveTheme}) it is one rule, for that background.
 *
 * @example
 * ```ts
 * themeCss({ brandColor: '#7c3aed', scheme: 'auto' });
 * // ":host{--lk-color-brand:#7c3aed;…}@media (prefers-color-scheme:dark){:host{…}}"
 * ```
 */
export function themeCss(tokens: Partial<ThemeTokens>, selector = ':host', surface?: Rgb): string {
  const rule = (scheme: ThemeTokens['scheme']) =>
    `${selector}{${Object.entries(themeToProperties(resolveTheme({ ...tokens, scheme }, surface)))
      .map(([name, value]) => `${name}:${value}`)
      .join(';')}}`;
  return tokens.scheme === 'auto' && !surface
    ? `${rule('light')}@media (prefers-color-scheme:dark){${rule('dark')}}`
    : rule(tokens.scheme ?? defaultTokens.scheme);
}
