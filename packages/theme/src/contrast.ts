import { contrast, parseHex, type Rgb } from './color.ts';
import type { ResolvedTheme } from './names.ts';
import { AA_TEXT, AA_UI } from './resolve.ts';

type ColorName = keyof ResolvedTheme['color'];

/** One foreground/background pair the widgets really draw, and the ratio it must reach. */
export interface ContrastCheck {
  foreground: ColorName;
  background: ColorName;
  /** 4.5 for text, 3 for focus rings and fills that carry meaning (WCAG 1.4.3, 1.4.11). */
  minimum: number;
  /** The measured ratio, 1..21. */
  ratio: number;
}

const TEXT_ON_EVERY_BACKGROUND: ColorName[] = [
  'text',
  'textMuted',
  'brandText',
  'success',
  'warning',
  'critical',
];
const BACKGROUNDS: ColorName[] = ['surface', 'surfaceMuted', 'brandSoft'];

/**
 * Every pair the resolver guarantees: text on each panel background, labels on
 * brand fills, rings and fills at 3:1. Built on call, not at module level, so
 * the script tag's entry (which imports this package's index) does not carry it.
 */
function pairs(): [ColorName, ColorName, number][] {
  return [
    ['onBrand', 'brand', AA_TEXT],
    ['onBrand', 'brandHover', AA_TEXT],
    ...TEXT_ON_EVERY_BACKGROUND.flatMap((fg) =>
      BACKGROUNDS.map((bg): [ColorName, ColorName, number] => [fg, bg, AA_TEXT]),
    ),
    ...(['focus', 'accent'] as const).flatMap((fg) =>
      BACKGROUNDS.map((bg): [ColorName, ColorName, number] => [fg, bg, AA_UI]),
    ),
  ];
}

const rgb = (hex: string): Rgb => parseHex(hex) ?? [0, 0, 0];

/**
 * The contrast of every guaranteed pair in a resolved theme: what the unit
 * sweep asserts and what the Storybook theme builder shows designers.
 */
export function contrastChecks(theme: ResolvedTheme): ContrastCheck[] {
  return pairs().map(([foreground, background, minimum]) => ({
    foreground,
    background,
    minimum,
    ratio: contrast(rgb(theme.color[foreground]), rgb(theme.color[background])),
  }));
}
