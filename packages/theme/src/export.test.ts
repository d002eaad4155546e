import { describe, expect, it } from 'vitest';
import { scriptTag, themeAttributes } from './export.ts';
import { defaultTokens } from './tokens.ts';

describe('themeAttributes', () => {
  it('gives the brand colour always and other tokens only where they differ from the default', () => {
    expect(themeAttributes({})).toEqual([['data-brand-color', defaultTokens.brandColor]]);
    expect(themeAttributes({ ...defaultTokens })).toEqual([
      ['data-brand-color', defaultTokens.brandColor],
    ]);
  });

  it('exports the launcher style, offsets and elevation as script-tag attributes', () => {
    expect(
      themeAttributes({
        brandColor: '#7c3aed',
        launcherStyle: 'icon',
        launcherOffsetX: 32,
        launcherOffsetY: 96,
        elevation: 'flat',
      }),
    ).toEqual([
      ['data-brand-color', '#7c3aed'],
      ['data-launcher-style', 'icon'],
      ['data-launcher-offset-x', '32'],
      ['data-launcher-offset-y', '96'],
      ['data-elevation', 'flat'],
    ]);
  });

  it('leaves out an offset equal to the default', () => {
    expect(themeAttributes({ launcherOffsetX: 20, launcherOffsetY: 44 })).toEqual([
      ['data-brand-color', defaultTokens.brandColor],
      ['data-launcher-offset-y', '44'],
    ]);
  });
});

describe('scriptTag', () => {
  it('is a pasteable tag with the theme attributes, values escaped', () => {
    const tag = scriptTag({ launcherStyle: 'label', elevation: 'floating', fontFamily: '"A&B"' });
    expect(tag.startsWith('<script async\n')).toBe(true);
    expect(tag.endsWith('></script>')).toBe(true);
    expect(tag).toContain('data-launcher-style="label"');
    expect(tag).toContain('data-elevation="floating"');
    expect(tag).toContain('data-font-family="&quot;A&amp;B&quot;"');
  });
});
