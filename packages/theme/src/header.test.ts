import { describe, expect, it } from 'vitest';
import { contrast, mix, parseHex, type Rgb } from './color.ts';
import { vars } from './contract.css.ts';
import {
  HEADER_GRADIENT,
  HEADER_IMAGE_GRADIENT,
  HEADER_IMAGE_OPACITY,
  headerColours,
  headerContrast,
  headerGradient,
} from './header.ts';
import { AA_TEXT, resolveTheme } from './resolve.ts';

/** The brand colours the issue calls hard (a yellow, a near-black, a pink, a green) and the default. */
const HARD = ['#f59e0b', '#111827', '#e11d48', '#16a34a', '#0e7490'];

/** An 8×8×8 grid over the RGB cube, with the hard ones. */
const sweep = (() => {
  const steps = [0, 36, 73, 109, 146, 182, 219, 255];
  const hex = (c: number) => c.toString(16).padStart(2, '0');
  const grid = steps.flatMap((r) =>
    steps.flatMap((g) => steps.map((b) => `#${hex(r)}${hex(g)}${hex(b)}`)),
  );
  return [...HARD, ...grid, '#767676', '#777777', '#ffffff', '#000000'];
})();

const SCHEMES = ['light', 'dark'] as const;
const rgb = (hex: string) => parseHex(hex) as Rgb;

describe('the panel header’s gradient', () => {
  it(`keeps its text at 4.5:1 on every stop for ${sweep.length} brand colours, light and dark`, () => {
    const failures: string[] = [];
    for (const scheme of SCHEMES) {
      for (const brandColor of sweep) {
        const ratio = headerContrast(resolveTheme({ brandColor, scheme }));
        if (!(ratio >= AA_TEXT)) failures.push(`${scheme} ${brandColor}: ${ratio.toFixed(2)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('is a real gradient for the hard colours: its stops differ, moving away from the text', () => {
    for (const scheme of SCHEMES) {
      for (const brandColor of HARD) {
        const theme = resolveTheme({ brandColor, scheme });
        const text = rgb(theme.color.onBrand);
        const [start, end] = headerColours(theme, HEADER_GRADIENT) as [Rgb, Rgb];
        expect(start, brandColor).toEqual(rgb(theme.color.brand));
        expect(end, brandColor).not.toEqual(start);
        // Deeper means more contrast with the text, never less.
        expect(contrast(text, end), brandColor).toBeGreaterThan(contrast(text, start));
      }
    }
  });

  it('derives its stops from the brand colour: the default teal deepens towards black under white text', () => {
    const theme = resolveTheme({ brandColor: '#0e7490' });
    expect(theme.color.onBrand).toBe('#ffffff');
    expect(headerColours(theme, HEADER_GRADIENT)).toEqual([
      [14, 116, 144],
      // 34% of the way to black, in whole channels as the browser's color-mix() draws it.
      [9, 77, 95],
    ]);
    // The yellow has black text: its gradient lightens towards white.
    const yellow = resolveTheme({ brandColor: '#f59e0b' });
    expect(yellow.color.onBrand).toBe('#000000');
    expect(headerColours(yellow, HEADER_GRADIENT)[1]).toEqual(
      mix(rgb('#f59e0b'), [255, 255, 255], 0.34),
    );
  });

  it('is written in CSS from the same depths, on the theme’s variables', () => {
    const css = headerGradient(HEADER_GRADIENT, 'var(--away)');
    expect(css).toBe(
      `linear-gradient(135deg,${vars.color.brand},color-mix(in srgb,${vars.color.brand},var(--away) 34%))`,
    );
    expect(headerGradient(HEADER_IMAGE_GRADIENT)).toContain(
      `rgb(from ${vars.color.onBrand} calc(255 - r) calc(255 - g) calc(255 - b)) 62%`,
    );
  });
});

describe('the panel header over a picture', () => {
  it(`keeps its text at 4.5:1 whatever the picture, for ${sweep.length} brand colours`, () => {
    const failures: string[] = [];
    for (const scheme of SCHEMES) {
      for (const brandColor of sweep) {
        const ratio = headerContrast(resolveTheme({ brandColor, scheme }), true);
        if (!(ratio >= AA_TEXT)) failures.push(`${scheme} ${brandColor}: ${ratio.toFixed(2)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('has found the worst pixel: no picture colour drawn over the stops does worse', () => {
    const pixels = [0, 64, 128, 192, 255].flatMap((r) =>
      [0, 64, 128, 192, 255].flatMap((g) => [0, 64, 128, 192, 255].map((b): Rgb => [r, g, b])),
    );
    for (const brandColor of HARD) {
      const theme = resolveTheme({ brandColor });
      const text = rgb(theme.color.onBrand);
      const worst = headerContrast(theme, true);
      for (const stop of headerColours(theme, HEADER_IMAGE_GRADIENT)) {
        for (const pixel of pixels) {
          const drawn = mix(stop, pixel, HEADER_IMAGE_OPACITY);
          expect(contrast(text, drawn), `${brandColor} ${pixel}`).toBeGreaterThanOrEqual(
            worst - 0.01,
          );
        }
      }
    }
  });
});
