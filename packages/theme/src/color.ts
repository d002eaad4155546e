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

export function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio, 1..21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `weight` of `b` mixed into `a` (0 = a, 1 = b). */
export const mix = (a: Rgb, b: Rgb, weight: number): Rgb =>
  [0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * weight) as unknown as Rgb;

/** Whole channel values, as `toHex` writes them. */
export const round = (rgb: Rgb): Rgb => rgb.map(Math.round) as unknown as Rgb;

export const WHITE: Rgb = [255, 255, 255];
export const BLACK: Rgb = [0, 0, 0];

/**
 * The colour closest to `color`, moved towards black or white only as far as
 * needed, that reaches `ratio` against `background`. Channels are whole
 * numbers, so the ratio still holds once the colour is written as hex.
 */
export function ensureContrast(color: Rgb, background: Rgb, ratio: number): Rgb {
  if (contrast(round(color), background) >= ratio) return round(color);
  const target = contrast(BLACK, background) > contrast(WHITE, background) ? BLACK : WHITE;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 20; i++) {
    const mid = (lo + hi) / 2;
    if (contrast(round(mix(color, target, mid)), background) >= ratio) hi = mid;
    else lo = mid;
  }
  return round(mix(color, target, hi));
}
