import { EARNING_RULE_KINDS, REWARD_KINDS, SOCIAL_NETWORKS } from '@loyaltykit/core';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import * as css from './Icon.css.ts';
import {
  DIRECTIONAL_ICONS,
  earnIcon,
  ICON_NAMES,
  Icon,
  type IconName,
  rewardIcon,
} from './Icon.tsx';

afterEach(cleanup);

const drawn = (name: IconName) => {
  const svg = render(<Icon name={name} />).container.querySelector('svg');
  return { svg, d: svg?.querySelector('path')?.getAttribute('d') ?? '' };
};

describe('Icon', () => {
  it('draws every icon of the set, each its own shape', () => {
    const shapes = ICON_NAMES.map((name) => drawn(name).d);
    for (const d of shapes) expect(d).toMatch(/^M[\d.]+ [\d.]+/);
    expect(new Set(shapes).size).toBe(ICON_NAMES.length);
  });

  it('is hidden from screen readers, never focusable, and draws in the text colour', () => {
    for (const name of ICON_NAMES) {
      const { svg } = drawn(name);
      expect(svg?.getAttribute('aria-hidden')).toBe('true');
      expect(svg?.getAttribute('focusable')).toBe('false');
      expect(svg?.getAttribute('stroke')).toBe('currentColor');
      expect(svg?.getAttribute('viewBox')).toBe('0 0 24 24');
      cleanup();
    }
  });

  it('gives every kind of earning rule an icon, and every social network its own', () => {
    for (const kind of EARNING_RULE_KINDS) expect(ICON_NAMES).toContain(earnIcon({ kind }));
    const networks = SOCIAL_NETWORKS.map((network) => earnIcon({ kind: 'social_follow', network }));
    for (const icon of networks) expect(ICON_NAMES).toContain(icon);
    expect(new Set(networks).size).toBe(SOCIAL_NETWORKS.length);
    expect(earnIcon({ kind: 'social_share', network: 'x' })).toBe('x');
    // The kinds a shopper tells apart at a glance do not share a picture.
    const distinct = ['order', 'signup', 'birthday', 'review', 'referral', 'custom'] as const;
    expect(new Set(distinct.map((kind) => earnIcon({ kind }))).size).toBe(distinct.length);
  });

  it('gives every reward kind an icon of its own', () => {
    const icons = REWARD_KINDS.map(rewardIcon);
    for (const icon of icons) expect(ICON_NAMES).toContain(icon);
    expect(new Set(icons).size).toBe(REWARD_KINDS.length);
  });

  it('mirrors only the directional icons (the RTL rule itself is checked in a browser, Icon.stories.tsx)', () => {
    expect(DIRECTIONAL_ICONS).toEqual(['chevron']);
    expect(drawn('chevron').svg?.getAttribute('class')).toContain(css.mirrored);
    expect(drawn('truck').svg?.getAttribute('class')).not.toContain(css.mirrored);
  });

  it('keeps the class it is given', () => {
    expect(
      render(<Icon name="lock" class="tint" />).container.querySelector('svg.tint'),
    ).toBeTruthy();
  });
});
