import { describe, expect, it } from 'vitest';
import { readThemeChanges, readThemeOptions } from './theme-options.ts';

describe('readThemeOptions', () => {
  it('turns valid options into theme tokens', () => {
    expect(readThemeOptions({ brandColor: '#0e7490', shape: 'pill', scheme: 'auto' })).toEqual({
      theme: { brandColor: '#0e7490', shape: 'pill', scheme: 'auto' },
      nudge: true,
      launcher: true,
      header: {},
      problems: [],
    });
  });

  it('reports an invalid brand colour with what was expected, and keeps the default', () => {
    const { theme, problems } = readThemeOptions({ brandColor: 'teal' });
    expect(problems).toEqual([
      'data-brand-color="teal" is invalid: expected a hex colour such as #0e7490.',
    ]);
    expect(theme.brandColor).toBeUndefined();
  });

  it('reports an invalid launcher position listing the valid ones', () => {
    const { theme, problems } = readThemeOptions({ launcherPosition: 'top-left' });
    expect(problems).toEqual([
      'data-launcher-position="top-left" is invalid: expected one of bottom-right, bottom-left.',
    ]);
    expect(theme.launcherPosition).toBeUndefined();
  });

  it('reports an unknown option once, in its data-attribute form, and ignores it', () => {
    const { theme, problems } = readThemeOptions({ brandColour: '#ff0000', shape: 'pill' });
    expect(problems).toEqual(['Unknown option data-brand-colour was ignored.']);
    expect(theme).toEqual({ shape: 'pill' });
  });

  it('does not treat inherited property names as options', () => {
    const { problems } = readThemeOptions({ toString: 'x', constructor: 'y' });
    expect(problems).toEqual([
      'Unknown option data-to-string was ignored.',
      'Unknown option data-constructor was ignored.',
    ]);
  });

  it('reads the nudge switch: on by default, off with data-nudge="off", reported when neither', () => {
    expect(readThemeOptions({}).nudge).toBe(true);
    expect(readThemeOptions({ nudge: 'off' })).toEqual({
      theme: {},
      nudge: false,
      launcher: true,
      header: {},
      problems: [],
    });
    expect(readThemeOptions({ nudge: 'sometimes' })).toEqual({
      theme: {},
      nudge: true,
      launcher: true,
      header: {},
      problems: ['data-nudge="sometimes" is invalid: expected one of on, off.'],
    });
  });

  it('reads the launcher switch and the selectors it steps aside for', () => {
    expect(readThemeOptions({}).launcher).toBe(true);
    expect(readThemeOptions({ launcher: 'off' }).launcher).toBe(false);
    expect(readThemeOptions({ launcher: 'hidden' }).problems).toEqual([
      'data-launcher="hidden" is invalid: expected one of on, off.',
    ]);
    expect(readThemeOptions({ launcherAvoid: ' .cart-drawer[open], #size-guide ' })).toMatchObject({
      launcherAvoid: '.cart-drawer[open], #size-guide',
      problems: [],
    });
    expect(readThemeOptions({ launcherAvoid: '' }).launcherAvoid).toBeUndefined();
  });

  it('reads the launcher style, offsets and elevation', () => {
    expect(
      readThemeOptions({
        launcherStyle: 'icon',
        launcherOffsetX: '32',
        launcherOffsetY: '96px',
        elevation: 'floating',
      }),
    ).toEqual({
      theme: {
        launcherStyle: 'icon',
        launcherOffsetX: 32,
        launcherOffsetY: 96,
        elevation: 'floating',
      },
      nudge: true,
      launcher: true,
      header: {},
      problems: [],
    });
    // window.LoyaltyKitConfig and the theme builder's JSON give numbers.
    expect(readThemeOptions({ launcherOffsetX: 0, launcherOffsetY: 160 })).toEqual({
      theme: { launcherOffsetX: 0, launcherOffsetY: 160 },
      nudge: true,
      launcher: true,
      header: {},
      problems: [],
    });
  });

  it('reports an invalid launcher style or elevation listing the valid ones', () => {
    const { theme, problems } = readThemeOptions({ launcherStyle: 'text', elevation: 'high' });
    expect(problems).toEqual([
      'data-launcher-style="text" is invalid: expected one of icon-label, icon, label.',
      'data-elevation="high" is invalid: expected one of flat, raised, floating.',
    ]);
    expect(theme).toEqual({});
  });

  it('reports offsets that are not whole px from 0 to 160, and keeps the default', () => {
    const expected = 'expected a whole number of px from 0 to 160, such as 20.';
    for (const value of ['161', '-4', '12.5', '2em', 'left', 200, 1.5]) {
      const { theme, problems } = readThemeOptions({ launcherOffsetY: value });
      expect(problems, String(value)).toEqual([
        `data-launcher-offset-y="${value}" is invalid: ${expected}`,
      ]);
      expect(theme.launcherOffsetY).toBeUndefined();
    }
  });
});

describe('the panel header’s images (data-logo-url, data-header-image)', () => {
  it('takes http(s) URLs and paths on the site, as written', () => {
    expect(
      readThemeOptions({
        logoUrl: 'https://cdn.shop.example/logo.svg',
        headerImage: ' /images/loyalty header.jpg ',
      }),
    ).toEqual({
      theme: {},
      nudge: true,
      launcher: true,
      header: {
        logoUrl: 'https://cdn.shop.example/logo.svg',
        headerImage: '/images/loyalty header.jpg',
      },
      problems: [],
    });
  });

  it('drops a script, data or other non-http URL with the usual report, and draws nothing', () => {
    const bad = [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'vbscript:msgbox',
      'file:///etc/passwd',
      '//evil.example/logo.png',
      'http://[::1',
    ];
    for (const value of bad) {
      const { header, problems, theme } = readThemeOptions({ logoUrl: value, headerImage: value });
      expect(header, value).toEqual({});
      expect(theme, value).toEqual({});
      expect(problems, value).toEqual([
        `data-logo-url="${value}" is invalid: expected an http(s) URL or a path on this site.`,
        `data-header-image="${value}" is invalid: expected an http(s) URL or a path on this site.`,
      ]);
    }
    // Not a string (window.LoyaltyKitConfig): reported, never stringified into a URL.
    const url = { toString: () => 'https://shop.example/logo.svg' };
    expect(readThemeOptions({ logoUrl: url }).header).toEqual({});
  });

  it('are no theme tokens: setTheme does not take them', () => {
    expect(readThemeChanges({ logoUrl: 'https://shop.example/logo.svg' }).problems).toEqual([
      'Unknown option logoUrl was ignored.',
    ]);
  });
});

describe('font stacks (they are written into the stylesheet as given)', () => {
  it('takes a font-family list', () => {
    const fontFamily = 'Inter, "Noto Sans Thai", sans-serif';
    expect(readThemeOptions({ fontFamily })).toEqual({
      theme: { fontFamily },
      nudge: true,
      launcher: true,
      header: {},
      problems: [],
    });
  });

  it('reports anything that could end the declaration or load a URL, and keeps the default', () => {
    for (const fontFamily of [
      'x;} :host{display:none} loyalty-launcher{display:none',
      'x;background:url(//host/f)',
    ]) {
      expect(readThemeOptions({ fontFamily })).toEqual({
        theme: {},
        nudge: true,
        launcher: true,
        header: {},
        problems: [
          `data-font-family="${fontFamily}" is invalid: expected a font-family list such as Inter, "Noto Sans Thai", sans-serif.`,
        ],
      });
    }
  });
});

describe('readThemeChanges (LoyaltyKit.setTheme)', () => {
  it('keeps valid tokens and reports invalid and unknown ones by their field names', () => {
    expect(
      readThemeChanges({
        brandColor: '#7c3aed',
        fontFamily: 'x;background:url(//host/f)',
        launcherOffsetX: '10px;top:0',
        nudge: 'off',
      }),
    ).toEqual({
      theme: { brandColor: '#7c3aed' },
      problems: [
        'fontFamily="x;background:url(//host/f)" is invalid: expected a font-family list such as Inter, "Noto Sans Thai", sans-serif.',
        'launcherOffsetX="10px;top:0" is invalid: expected a whole number of px from 0 to 160, such as 20.',
        'Unknown option nudge was ignored.',
      ],
    });
  });

  it('changes nothing for changes it cannot read, and says so', () => {
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('ownKeys');
        },
      },
    );
    for (const changes of [trap, null, undefined]) {
      expect(readThemeChanges(changes)).toEqual({
        theme: {},
        problems: ['The theme could not be read in full: what could not be read is unchanged.'],
      });
    }
  });
});
