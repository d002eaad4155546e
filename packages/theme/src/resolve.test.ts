import { describe, expect, it } from 'vitest';
import { contrast, parseHex, type Rgb } from './color.ts';
import { vars } from './contract.css.ts';
import { type ResolvedTheme, resolveTheme, themeToProperties } from './resolve.ts';
import { defaultTokens, SCHEMES } from './tokens.ts';

const rgb = (hex: string): Rgb => {
  const parsed = parseHex(hex);
  if (!parsed) throw new Error(`not a hex colour: ${hex}`);
  return parsed;
};
const ratio = (a: string, b: string) => contrast(rgb(a), rgb(b));

/** A 6×6×6 grid over the RGB cube, scattered colours, and colours merchants really pick. */
const brandColours = (() => {
  const steps = [0, 51, 102, 153, 204, 255];
  const grid: string[] = [];
  for (const r of steps)
    for (const g of steps)
      for (const b of steps)
        grid.push(`#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`);
  // Plus 300 more from a fixed-seed generator, so a failure always reproduces.
  let seed = 0x2f6b1e;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % 256;
  };
  const scattered = Array.from(
    { length: 300 },
    () => `#${[next(), next(), next()].map((c) => c.toString(16).padStart(2, '0')).join('')}`,
  );
  return [
    ...grid,
    ...scattered,
    '#fff7ae',
    '#000000',
    '#777777',
    '#767676',
    '#ff0000',
    '#ffffff',
    '#0e7490',
    '#ffcc00',
    '#00ff00',
    '#0000ff',
    '#7c3aed',
    '#f472b6',
    '#14b8a6',
  ];
})();

/** Every pair that must meet a ratio, with its measured contrast. */
function pairs(theme: ResolvedTheme) {
  const c = theme.color;
  return [
    { pair: 'onBrand/brand', min: 4.5, value: ratio(c.onBrand, c.brand) },
    { pair: 'onBrand/brandHover', min: 4.5, value: ratio(c.onBrand, c.brandHover) },
    { pair: 'brandText/surface', min: 4.5, value: ratio(c.brandText, c.surface) },
    // The secondary button's hover puts brandText on surfaceMuted.
    { pair: 'brandText/surfaceMuted', min: 4.5, value: ratio(c.brandText, c.surfaceMuted) },
    { pair: 'textMuted/surface', min: 4.5, value: ratio(c.textMuted, c.surface) },
    { pair: 'textMuted/surfaceMuted', min: 4.5, value: ratio(c.textMuted, c.surfaceMuted) },
    { pair: 'text/surface', min: 4.5, value: ratio(c.text, c.surface) },
    { pair: 'critical/surface', min: 4.5, value: ratio(c.critical, c.surface) },
    { pair: 'focus/surface', min: 3, value: ratio(c.focus, c.surface) },
  ];
}

describe('resolveTheme contrast guarantee', () => {
  it(`every text/background pair meets WCAG AA for ${brandColours.length} brand colours in both schemes`, () => {
    const failures: string[] = [];
    for (const scheme of SCHEMES) {
      for (const brandColor of brandColours) {
        for (const { pair, min, value } of pairs(resolveTheme({ brandColor, scheme }))) {
          if (!(value >= min)) failures.push(`${scheme} ${brandColor} ${pair} ${value.toFixed(3)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('text on the member and guest cards (brandSoft background) meets AA too', () => {
    // MemberSummary and GuestIntro put textMuted copy and brandText buttons on brandSoft.
    const failures: string[] = [];
    for (const scheme of SCHEMES) {
      for (const brandColor of brandColours) {
        const { color } = resolveTheme({ brandColor, scheme });
        for (const [name, fg] of [
          ['textMuted', color.textMuted],
          ['brandText', color.brandText],
          ['text', color.text],
        ] as const) {
          const value = ratio(fg, color.brandSoft);
          if (!(value >= 4.5))
            failures.push(`${scheme} ${brandColor} ${name}/brandSoft ${value.toFixed(3)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('keeps a brand colour that already has contrast unchanged as the brand fill', () => {
    expect(resolveTheme({ brandColor: '#0e7490' }).color.brand).toBe('#0e7490');
    expect(resolveTheme({ brandColor: '#FFF7AE' }).color.brand).toBe('#fff7ae');
    expect(resolveTheme({ brandColor: '#f00' }).color.brand).toBe('#ff0000');
  });

  it('labels pale brands in black and dark brands in white', () => {
    expect(resolveTheme({ brandColor: '#fff7ae' }).color.onBrand).toBe('#000000');
    expect(resolveTheme({ brandColor: '#000000' }).color.onBrand).toBe('#ffffff');
  });

  it('darkens a pale brand for brand-coloured text on a light surface', () => {
    const { brandText } = resolveTheme({ brandColor: '#fff7ae', scheme: 'light' }).color;
    expect(brandText).not.toBe('#fff7ae');
    expect(ratio(brandText, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('falls back to the default brand for an invalid colour', () => {
    const fallback = resolveTheme({ brandColor: defaultTokens.brandColor });
    for (const brandColor of ['not-a-colour', '#12345', 'rgb(1,2,3)', '', 'red']) {
      expect(resolveTheme({ brandColor }).color, brandColor).toEqual(fallback.color);
    }
    expect(fallback.color.brand).toBe(defaultTokens.brandColor);
  });

  it('is pure: the same tokens give the same theme', () => {
    expect(resolveTheme({ brandColor: '#7c3aed', scheme: 'dark' })).toEqual(
      resolveTheme({ brandColor: '#7c3aed', scheme: 'dark' }),
    );
  });
});

describe('launcher position', () => {
  it('bottom-right is the inline end, bottom-left the inline start (mirrored in RTL)', () => {
    expect(resolveTheme({ launcherPosition: 'bottom-right' }).launcher).toEqual({
      insetBlockEnd: '20px',
      insetInlineStart: 'auto',
      insetInlineEnd: '20px',
    });
    expect(resolveTheme({ launcherPosition: 'bottom-left' }).launcher).toEqual({
      insetBlockEnd: '20px',
      insetInlineStart: '20px',
      insetInlineEnd: 'auto',
    });
  });
});

describe('themeToProperties', () => {
  const properties = themeToProperties(resolveTheme({ brandColor: '#7c3aed', scheme: 'dark' }));

  it('names properties after the public contract', () => {
    expect(properties['--lk-color-brand']).toBe('#7c3aed');
    expect(properties['--lk-color-surface']).toBe('#181a1f');
    expect(properties['--lk-launcher-inset-inline-end']).toBe('20px');
    expect(properties['--lk-size-panel-width']).toBe('380px');
  });

  it('has one defined value for every leaf of the contract', () => {
    const leaves: string[] = [];
    const walk = (node: object) => {
      for (const value of Object.values(node)) {
        if (typeof value === 'string') leaves.push(value.slice(4, -1));
        else walk(value);
      }
    };
    walk(vars);
    expect(leaves.length).toBeGreaterThan(30);
    expect(Object.keys(properties).sort()).toEqual([...leaves].sort());
    for (const [name, value] of Object.entries(properties)) {
      expect(name).toMatch(/^--lk-[a-z-]+$/);
      expect(value, name).not.toMatch(/^(undefined|null|)$/);
    }
  });
});
