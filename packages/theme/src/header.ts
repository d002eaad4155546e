import { BLACK, contrast, mix, parseHex, type Rgb, WHITE } from './color.ts';
import { vars } from './contract.css.ts';
import type { ResolvedTheme } from './names.ts';

/**
 * The panel's branded header: a gradient derived from the brand colour, with
 * the brand's label colour (`onBrand`, black or white) as its text. Every
 * stop is the brand colour moved towards the pole the text is not (white
 * under black text, black under white text), so each one contrasts with the
 * text at least as much as the brand colour itself, which the resolver makes
 * 4.5:1 or more. The stops are depths along that line, 0 being the brand.
 */
export const HEADER_GRADIENT = [0, 0.34] as const;

/**
 * Under a header image the stops go deeper, and the image is drawn over them
 * at {@link HEADER_IMAGE_OPACITY}: whatever the image's pixels, the text keeps
 * 4.5:1 (the worst pixel is the text's own colour; see {@link headerContrast}).
 */
export const HEADER_IMAGE_GRADIENT = [0.62, 0.74] as const;
export const HEADER_IMAGE_OPACITY = 0.34;

/**
 * The pole opposite the header's text, in CSS: `onBrand` is black or white,
 * so its inverse is the other one.
 */
export const HEADER_AWAY = `rgb(from ${vars.color.onBrand} calc(255 - r) calc(255 - g) calc(255 - b))`;

/**
 * The header's gradient as a CSS `background-image`, for a vanilla-extract
 * style (built once, no code in the bundle): each stop of `depths` mixed from
 * the brand colour towards `away`, {@link HEADER_AWAY} or a variable holding
 * it. Browsers without `color-mix()` or relative colours drop the image and
 * show the brand colour a style sets as the background colour beneath it.
 */
export const headerGradient = (depths: readonly number[], away = HEADER_AWAY): string =>
  `linear-gradient(135deg,${depths
    .map((depth) =>
      depth
        ? `color-mix(in srgb,${vars.color.brand},${away} ${Math.round(depth * 100)}%)`
        : vars.color.brand,
    )
    .join(',')})`;

const rgb = (hex: string): Rgb => parseHex(hex) ?? BLACK;

/** The colours of a resolved theme's header gradient at `depths`, as the browser draws them. */
export function headerColours(theme: ResolvedTheme, depths: readonly number[]): Rgb[] {
  const brand = rgb(theme.color.brand);
  const pole = theme.color.onBrand === '#ffffff' ? BLACK : WHITE;
  return depths.map((depth) => mix(brand, pole, depth));
}

/**
 * The lowest contrast of the header's text on its background: on each stop
 * of the gradient (between two stops every channel moves one way, towards
 * one pole, so the ends bound it) and, with an image, on the image drawn over
 * them at {@link HEADER_IMAGE_OPACITY} where its pixel is the worst one, the
 * text's own colour.
 */
export function headerContrast(theme: ResolvedTheme, image = false): number {
  const text = rgb(theme.color.onBrand);
  const stops = headerColours(theme, image ? HEADER_IMAGE_GRADIENT : HEADER_GRADIENT).map((stop) =>
    image ? mix(stop, text, HEADER_IMAGE_OPACITY) : stop,
  );
  return Math.min(...stops.map((stop) => contrast(text, stop)));
}
