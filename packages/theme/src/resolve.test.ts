import { describe, expect, it } from 'vitest';
import { contrast, parseHex, type Rgb } from './color.ts';
import { vars } from './contract.css.ts';
import { contrastChecks } from './contrast.ts';
import { resolveTheme, themeCss, themeToProperties } from './resolve.ts';
import { defaultTokens } from './tokens.ts';

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

const SCHEMES_RESOLVED = ['light', 'dark'] as const;

describe('resolveTheme contrast guarantee', () => {
  it(`every guaranteed pair meets WCAG AA for ${brandColours.length} brand colours in both schemes`, () => {
    const failures: string[] = [];
    for (const scheme of SCHEMES_RESOLVED) {
      for (const brandColor of brandColours) {
        for (const check of contrastChecks(resolveTheme({ brandColor, scheme }))) {
          if (!(check.ratio >= check.minimum)) {
            failures.push(
              `${scheme} ${brandColor} ${check.foreground}/${check.background} ${check.ratio.toFixed(3)}`,
            );
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('checks text on all three panel backgrounds and 3:1 for focus and accent', () => {
    const checks = contrastChecks(resolveTheme());
    const pairs = checks.map((c) => `${c.foreground}/${c.background}@${c.minimum}`);
    for (const fg of ['text', 'textMuted', 'brandText', 'success', 'warning', 'critical']) {
      for (const bg of ['surface', 'surfaceMuted', 'brandSoft'])
        expect(pairs).toContain(`${fg}/${bg}@4.5`);
    }
    expect(pairs).toContain('focus/brandSoft@3');
    expect(pairs).toContain('accent/surfaceMuted@3');
    expect(pairs).toContain('onBrand/brandHover@4.5');
  });

  it('holds for the colours named in the issue: pale yellow, pure black, mid grey, saturated red', () => {
    for (const brandColor of ['#fff7ae', '#000000', '#808080', '#e10600']) {
      for (const scheme of SCHEMES_RESOLVED) {
        for (const check of contrastChecks(resolveTheme({ brandColor, scheme }))) {
          expect(
            check.ratio,
            `${scheme} ${brandColor} ${check.foreground}/${check.background}`,
          ).toBeGreaterThanOrEqual(check.minimum);
        }
      }
    }
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

describe('resolveTheme on a host surface (inline embeds)', () => {
  const hex = (rgb: Rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  const steps = [0, 85, 170, 255];
  // The RGB grid, Bootstrap's and Tailwind's dark and light surfaces, and the greys where
  // black and white text both barely reach 4.5:1 (luminance near 0.18).
  const surfaces: Rgb[] = [
    ...steps.flatMap((r) => steps.flatMap((g) => steps.map((b): Rgb => [r, g, b]))),
    ...['#212529', '#f8f9fa', '#111827', '#1f2937', '#fafafa', '#14161a', '#f5f5f5'].map(rgb),
    ...[115, 116, 117, 118, 119, 120, 128].map((v): Rgb => [v, v, v]),
    [118, 118, 119],
  ];

  it(`every guaranteed pair meets WCAG AA on ${surfaces.length} host surfaces for every brand colour`, () => {
    const failures: string[] = [];
    // Every 8th brand colour, and those named in issue 4.
    const brands = [
      ...brandColours.filter((_, i) => i % 8 === 0),
      ...['#fff7ae', '#000000', '#808080', '#e10600', '#ffffff', '#0e7490'],
    ];
    for (const surface of surfaces) {
      for (const brandColor of brands) {
        for (const check of contrastChecks(resolveTheme({ brandColor }, surface))) {
          if (!(check.ratio >= check.minimum)) {
            failures.push(
              `${hex(surface)} ${brandColor} ${check.foreground}/${check.background} ${check.ratio.toFixed(3)}`,
            );
          }
        }
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
  }, 30_000);

  it('is drawn on the host colour itself, with light text on a dark host whatever the scheme', () => {
    const bootstrapDark = rgb('#212529');
    for (const scheme of ['light', 'dark', 'auto'] as const) {
      const { color } = resolveTheme({ brandColor: '#0e7490', scheme }, bootstrapDark);
      expect(color.surface).toBe('#212529');
      expect(ratio(color.text, '#212529')).toBeGreaterThanOrEqual(4.5);
      expect(ratio(color.brandText, '#212529')).toBeGreaterThanOrEqual(4.5);
      // Lighter than the host: the teal lifted, not replaced by white.
      expect(color.brandText).not.toBe('#ffffff');
      expect(contrast(rgb(color.text), [255, 255, 255])).toBeLessThan(1.5);
    }
    // The light scheme's own teal read 2.88:1 there (issue 13).
    expect(ratio(resolveTheme({ brandColor: '#0e7490' }).color.brandText, '#212529')).toBeLessThan(
      4.5,
    );
  });

  it('gives a light host the light palette on that colour', () => {
    const { color } = resolveTheme({ brandColor: '#0e7490', scheme: 'dark' }, rgb('#f8f9fa'));
    expect(color.surface).toBe('#f8f9fa');
    expect(color.text).toBe(resolveTheme().color.text);
    // The brand teal, darkened a shade at most (it reads on the host's own grey).
    expect(ratio(color.brandText, '#0e7490')).toBeLessThan(1.05);
  });

  it('themeCss writes one rule for a surface, whatever the scheme', () => {
    const css = themeCss({ scheme: 'auto' }, ':host([data-lk-surface="#212529"])', rgb('#212529'));
    expect(css).toMatch(/^:host\(\[data-lk-surface="#212529"\]\)\{[^{}]*\}$/);
    expect(css).toContain('--lk-color-surface:#212529');
  });
});

describe('launcher position', () => {
  // The default launcher: icon and label, 16 px side padding at the regular size.
  const iconAndLabel = { padding: '16px', icon: 'block', label: 'inline' };

  it('bottom-right is the inline end, bottom-left the inline start (mirrored in RTL)', () => {
    expect(resolveTheme({ launcherPosition: 'bottom-right' }).launcher).toEqual({
      insetBlockEnd: '20px',
      insetInlineStart: 'auto',
      insetInlineEnd: '20px',
      ...iconAndLabel,
    });
    expect(resolveTheme({ launcherPosition: 'bottom-left' }).launcher).toEqual({
      insetBlockEnd: '20px',
      insetInlineStart: '20px',
      insetInlineEnd: 'auto',
      ...iconAndLabel,
    });
  });

  it('moves the launcher by its offsets: X from the page side of its corner, Y from the bottom', () => {
    expect(
      resolveTheme({ launcherPosition: 'bottom-left', launcherOffsetX: 32, launcherOffsetY: 96 })
        .launcher,
    ).toMatchObject({ insetBlockEnd: '96px', insetInlineStart: '32px', insetInlineEnd: 'auto' });
    expect(resolveTheme({ launcherOffsetX: 0, launcherOffsetY: 160 }).launcher).toMatchObject({
      insetBlockEnd: '160px',
      insetInlineStart: 'auto',
      insetInlineEnd: '0px',
    });
  });

  it('clamps offsets to 0–160 whole px and ignores anything that is not a number', () => {
    const insets = (launcherOffsetX: unknown, launcherOffsetY: unknown) => {
      const { launcher } = resolveTheme({ launcherOffsetX, launcherOffsetY } as Partial<
        typeof defaultTokens
      >);
      return [launcher.insetInlineEnd, launcher.insetBlockEnd];
    };
    expect(insets(-40, 5000)).toEqual(['0px', '160px']);
    expect(insets(12.6, 0.4)).toEqual(['13px', '0px']);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, '40', null, undefined]) {
      expect(insets(bad, bad), String(bad)).toEqual(['20px', '20px']);
    }
  });
});

describe('launcher style', () => {
  it('shows the icon and the label by default', () => {
    expect(defaultTokens.launcherStyle).toBe('icon-label');
    expect(resolveTheme().launcher).toMatchObject({ icon: 'block', label: 'inline' });
  });

  it('icon only: hides the label and drops the side padding, so the button is as wide as tall', () => {
    expect(resolveTheme({ launcherStyle: 'icon' }).launcher).toMatchObject({
      padding: '0',
      icon: 'block',
      label: 'none',
    });
  });

  it('label only: hides the icon and keeps the side padding of the size', () => {
    expect(resolveTheme({ launcherStyle: 'label', size: 'large' }).launcher).toMatchObject({
      padding: resolveTheme({ size: 'large' }).space.lg,
      icon: 'none',
      label: 'inline',
    });
  });
});

describe('elevation', () => {
  it('raised is the default and keeps the shadows the widgets had', () => {
    expect(defaultTokens.elevation).toBe('raised');
    expect(resolveTheme().shadow).toEqual({
      raised: '0 4px 14px rgb(0 0 0/.18)',
      panel: '0 18px 48px rgb(0 0 0/.24)',
    });
  });

  it('flat has no visible shadow, but one that still composes into a shadow list', () => {
    // The launcher's focus ring is `0 0 0 2px <surface>, var(--lk-shadow-raised)`: `none` there
    // would make the whole declaration invalid and drop the inner ring.
    const { shadow } = resolveTheme({ elevation: 'flat' });
    for (const value of Object.values(shadow)) {
      expect(value).not.toMatch(/none/);
      expect(value).toMatch(/^0 0 #0000$/);
    }
  });

  it('floating lifts further than raised: longer offsets and blurs, darker', () => {
    const numbers = (shadow: string) => shadow.match(/[\d.]+/g)?.map(Number) ?? [];
    const raised = resolveTheme({ elevation: 'raised' }).shadow;
    const floating = resolveTheme({ elevation: 'floating' }).shadow;
    for (const key of ['raised', 'panel'] as const) {
      const [, y1, blur1, , , , alpha1] = numbers(raised[key]);
      const [, y2, blur2, , , , alpha2] = numbers(floating[key]);
      expect(y2).toBeGreaterThan(y1 as number);
      expect(blur2).toBeGreaterThan(blur1 as number);
      expect(alpha2).toBeGreaterThan(alpha1 as number);
    }
  });

  it('falls back to raised for an unknown elevation (setTheme takes unchecked input)', () => {
    expect(resolveTheme({ elevation: 'sky-high' as 'raised' }).shadow).toEqual(
      resolveTheme().shadow,
    );
  });
});

describe('themeToProperties', () => {
  const properties = themeToProperties(resolveTheme({ brandColor: '#7c3aed', scheme: 'dark' }));

  it('names properties after the public contract', () => {
    expect(properties['--lk-color-brand']).toBe('#7c3aed');
    expect(properties['--lk-color-surface']).toBe('#181a1f');
    expect(properties['--lk-launcher-inset-inline-end']).toBe('20px');
    expect(properties['--lk-size-panel-width']).toBe('380px');
    expect(properties['--lk-launcher-label']).toBe('inline');
    expect(properties['--lk-launcher-icon']).toBe('block');
    expect(properties['--lk-launcher-padding']).toBe('16px');
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

describe('themeCss', () => {
  it('is one :host rule for a fixed scheme', () => {
    const css = themeCss({ brandColor: '#7c3aed', scheme: 'dark' });
    expect(css.startsWith(':host{--lk-color-brand:#7c3aed;')).toBe(true);
    expect(css).toContain('--lk-color-surface:#181a1f');
    expect(css).not.toContain('@media');
  });

  it('adds the dark theme under prefers-color-scheme: dark for scheme auto', () => {
    const css = themeCss({ scheme: 'auto' });
    const [light, dark] = css.split('@media (prefers-color-scheme:dark)');
    expect(light).toContain('--lk-color-surface:#ffffff');
    expect(dark).toMatch(/^\{:host\{.*--lk-color-surface:#181a1f.*\}\}$/);
  });

  it('resolves auto as light where no media query can apply (inline style objects)', () => {
    expect(resolveTheme({ scheme: 'auto' })).toEqual(resolveTheme({ scheme: 'light' }));
  });

  it('takes another selector for light-DOM use', () => {
    expect(themeCss({}, '.shop-theme').startsWith('.shop-theme{--lk-')).toBe(true);
  });
});

describe('tokens that reach CSS as written', () => {
  // What a hostile or careless option tried (issue 12, item 7): end the rule and hide the widgets,
  // load a URL, or smuggle a declaration in a quoted name.
  const attacks = [
    'x;} :host{display:none} loyalty-launcher{display:none',
    'x;background:url(//host/f)',
    'url(//host/f)',
    '"Inter";color:red',
    '"Inter\\"",serif',
    'Inter, "a;b"',
    "Inter, 'x'}",
    'image-set("x.png")',
    'Inter /* x */',
    'Inter,, serif',
    'Inter\n;color:red',
    '',
  ];

  it('a font stack outside the font-family grammar gets the default stack', () => {
    for (const fontFamily of attacks) {
      expect(resolveTheme({ fontFamily }).font.family, fontFamily).toBe(defaultTokens.fontFamily);
      // One rule, nothing after it: no declaration or rule of the attacker's.
      expect(themeCss({ fontFamily }), fontFamily).toMatch(/^:host\{[^{}]*\}$/);
      expect(themeCss({ fontFamily }), fontFamily).not.toMatch(/url\(|display:none/);
    }
  });

  it('keeps real font stacks as written', () => {
    for (const fontFamily of [
      defaultTokens.fontFamily,
      'Inter',
      '"Noto Sans Thai", Tahoma, sans-serif',
      "'Helvetica Neue', Arial",
      'Segoe UI, -apple-system, BlinkMacSystemFont',
      'Pretendard Variable, "맑은 고딕", sans-serif',
      '"IBM Plex Sans Arabic", system-ui',
    ]) {
      expect(resolveTheme({ fontFamily }).font.family).toBe(fontFamily);
    }
  });

  it('tokens of the wrong type or name get their defaults instead of throwing', () => {
    const defaults = resolveTheme();
    const wrong = {
      brandColor: 42,
      shape: 'toString',
      size: 'huge',
      elevation: 'constructor',
      fontFamily: { toString: () => 'Inter' },
    } as unknown as Partial<typeof defaultTokens>;
    expect(resolveTheme(wrong)).toEqual(defaults);
  });
});
