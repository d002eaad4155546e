import { themeAttributes, themeCss } from '@loyaltykit/theme';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/entry/config.ts';
import { readThemeOptions } from '../src/runtime/theme-options.ts';
import { findUnscopedCss } from './css-scope.ts';

/** The theme a script tag with these options gets: the entry reads, the backend chunk validates. */
function themeOf(options: Record<string, unknown>) {
  const { config, problems } = readConfig({ apiUrl: 'demo', ...options });
  const { theme, problems: themeProblems } = readThemeOptions(config.deferred);
  return { theme, problems: [...problems, ...themeProblems] };
}

// The host theme rule is written at run time, so the build's CSS scope check
// never sees it: check it here, for every scheme the script tag accepts.
describe('the theme rule the script tag adopts', () => {
  for (const scheme of ['light', 'dark', 'auto'] as const) {
    it(`stays on our shadow hosts for data-scheme="${scheme}"`, () => {
      const { theme } = themeOf({ scheme, brandColor: '#e10600' });
      expect(findUnscopedCss(themeCss(theme))).toEqual([]);
    });
  }

  it('follows prefers-color-scheme for data-scheme="auto"', () => {
    const { theme, problems } = themeOf({ scheme: 'auto' });
    expect(problems).toEqual([]);
    expect(themeCss(theme)).toContain('@media (prefers-color-scheme:dark){:host{');
  });
});

describe('the theme builder export', () => {
  it('is read back by the script tag as the same theme', () => {
    const theme = {
      brandColor: '#e10600',
      scheme: 'auto',
      shape: 'pill',
      size: 'large',
      launcherPosition: 'bottom-left',
      launcherStyle: 'icon',
      launcherOffsetX: 32,
      launcherOffsetY: 96,
      elevation: 'floating',
      fontFamily: 'Georgia, serif',
    } as const;
    // What `dataset` gives for the exported attributes: data-brand-color → brandColor.
    const dataset = Object.fromEntries(
      themeAttributes(theme).map(([name, value]) => [
        name.slice(5).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()),
        value,
      ]),
    );
    const read = themeOf(dataset);
    expect(read.problems).toEqual([]);
    expect(read.theme).toEqual(theme);
  });
});
