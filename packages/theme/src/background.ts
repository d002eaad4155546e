import { mix, type Rgb, WHITE } from './color.ts';

/** A pixel to draw computed colours on: it reads every syntax CSS computes (`rgb()`, `oklch()`, `color()`). */
let pixel: OffscreenCanvasRenderingContext2D | null | undefined;

/** How browsers serialise an sRGB computed colour: `rgb(33, 37, 41)`, `rgba(0, 0, 0, 0.5)`. */
const RGB = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/;

/**
 * A computed colour as sRGB channels and alpha (0–255), `undefined` where
 * there is no canvas to draw it on (then nothing behind an embed can be known).
 */
function read(value: string): Uint8ClampedArray | undefined {
  // The usual case read as written: no canvas to create, no pixels to read back.
  const rgb = RGB.exec(value);
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : Number(rgb[4]);
    return Uint8ClampedArray.of(Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha * 255);
  }
  pixel ??=
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true })
      : null;
  if (!pixel) return;
  pixel.clearRect(0, 0, 1, 1);
  // A value the canvas cannot parse leaves the transparent fill.
  pixel.fillStyle = '#0000';
  pixel.fillStyle = value;
  pixel.fillRect(0, 0, 1, 1);
  return pixel.getImageData(0, 0, 1, 1).data;
}

/** Where an element is drawn in the flat tree: its slot, its parent, or its shadow root's host. */
const up = (node: Element): Element | null =>
  node.assignedSlot ?? node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null;

/**
 * The canvas under the root element: dark (Chromium's #121212) where the page's
 * `color-scheme` (the root's property, else its `<meta name="color-scheme">`)
 * lets the browser use the shopper's dark preference, else white.
 */
function canvas(root: Element): Rgb {
  let scheme = getComputedStyle(root).colorScheme;
  if (scheme === 'normal') {
    scheme =
      root.ownerDocument.querySelector<HTMLMetaElement>('meta[name=color-scheme]')?.content ?? '';
  }
  return /dark/.test(scheme) &&
    (!/light/.test(scheme) || matchMedia('(prefers-color-scheme:dark)').matches)
    ? [18, 18, 18]
    : WHITE;
}

/**
 * The colour the shopper sees behind `element`: its own background and its
 * ancestors' (across shadow boundaries and slots), composited through
 * transparent and translucent layers down to the first opaque one, or to the
 * page's canvas. `undefined` when a background image or gradient is on the way:
 * its pixels cannot be known from CSS, and no single text colour is safe on
 * every image.
 *
 * `seen` memoises elements for one pass over many embeds, so a grid of 480
 * reads each shared ancestor's style once. Call it while the page's styles
 * are clean (all reads before any write), or each call forces a style recalc.
 *
 * @example
 * ```ts
 * backgroundBehind(document.querySelector('loyalty-product-points')!); // [33, 37, 41] on a Bootstrap dark card
 * ```
 */
export function backgroundBehind(
  element: Element,
  seen: Map<Element, Rgb | undefined> = new Map(),
): Rgb | undefined {
  if (seen.has(element)) return seen.get(element);
  const style = getComputedStyle(element);
  const color = read(style.backgroundColor);
  let behind: Rgb | undefined;
  if (color && style.backgroundImage === 'none') {
    const own = [...color.subarray(0, 3)] as unknown as Rgb;
    const alpha = (color[3] as number) / 255;
    const parent = up(element);
    const below = alpha >= 1 ? own : parent ? backgroundBehind(parent, seen) : canvas(element);
    behind = below && mix(below, own, alpha);
  }
  seen.set(element, behind);
  return behind;
}
