/** Colour arithmetic for contrast guarantees (WCAG 2.x relative luminance). */

export type Rgb = readonly [number, number, number];

/** Parses `#rgb` or `#rrggbb`; `undefined` for anything else. */
export function parseHex(input: string): Rgb | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(input.trim());
  if (!match?.[1]) return undefined;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  const n = Number.parseInt(hex, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export const toHex = (rgb: Rgb): string =>
  `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

const WEIGHTS = [0.2126, 0.7152, 0.0722];

export const luminance = (rgb: Rgb): number =>
  rgb.reduce((sum, c, i) => {
    const s = c / 255;
    return sum + WEIGHTS[i]! * (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4);
  }, 0);

/** WCAG contrast ratio, 1..21. */
export const contrast = (a: Rgb, b: Rgb): number => ratioOf(luminance(a), luminance(b));

/** The contrast ratio of two relative luminances. */
const ratioOf = (x: number, y: number) => (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);

/** `weight` of `b` mixed into `a` (0 = a, 1 = b), in whole channel values as `toHex` writes them. */
export const mix = (a: Rgb, b: Rgb, weight: number): Rgb =>
  a.map((c, i) => Math.round(c + (b[i]! - c) * weight)) as unknown as Rgb;

export const WHITE: Rgb = [255, 255, 255];
export const BLACK: Rgb = [0, 0, 0];

/** Whether white text contrasts more than black on `background` (the dark half of the schemes). */
export const isDark = (background: Rgb): boolean =>
  contrast(WHITE, background) >= contrast(BLACK, background);

/**
 * The colour closest to `color`, moved towards black or white only as far as
 * needed, that reaches `ratio` against `background`. Channels are whole
 * numbers, so the ratio still holds once the colour is written as hex.
 */
export const ensureContrast = (color: Rgb, background: Rgb, ratio: number): Rgb =>
  readableOn(color, [background], ratio);

/**
 * {@link ensureContrast} against every one of `backgrounds` at once: the
 * colour moves towards the black or white of the first background, which
 * must reach `ratio` on all of them (the resolver makes its backgrounds so).
 */
export function readableOn(color: Rgb, backgrounds: Rgb[], ratio: number): Rgb {
  const target = isDark(backgrounds[0] as Rgb) ? WHITE : BLACK;
  // Each luminance once: the bisection below tries up to 21 candidates against every background.
  const grounds = backgrounds.map(luminance);
  const reaches = (weight: number) => {
    const candidate = luminance(mix(color, target, weight));
    return grounds.every((ground) => ratioOf(candidate, ground) >= ratio);
  };
  let lo = 0;
  let hi = 1;
  // Bisection for a small weight that reaches the ratio (`hi` always does); 0 if no move is needed.
  if (reaches(0)) hi = 0;
  for (let i = 0; hi && i < 20; i++) {
    const mid = (lo + hi) / 2;
    if (reaches(mid)) hi = mid;
    else lo = mid;
  }
  return mix(color, target, hi);
}
