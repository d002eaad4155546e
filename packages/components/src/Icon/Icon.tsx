import type { EarningRuleKind, RewardKind, SocialNetwork } from '@loyaltykit/core';
import * as css from './Icon.css.ts';

/** Every icon of the set, declared once: the names type the props, the tests and the story. */
export const ICON_NAMES = [
  'bag',
  'userPlus',
  'cake',
  'star',
  'instagram',
  'facebook',
  'x',
  'tiktok',
  'youtube',
  'pinterest',
  'share',
  'users',
  'sparkle',
  'tag',
  'percent',
  'truck',
  'gift',
  'card',
  'coins',
  'credit',
  'debit',
  'clock',
  'crown',
  'bolt',
  'lock',
  'copy',
  'check',
  'chevron',
] as const;
export type IconName = (typeof ICON_NAMES)[number];

/** Icons that point along the reading direction, so they turn round in right-to-left text. */
export const DIRECTIONAL_ICONS: readonly IconName[] = ['chevron'];

// One stroked path per icon on a 24 × 24 grid: the <svg> sets stroke, caps and joins once, and
// a zero-length segment ("v0") with a round cap draws a dot. Circles are two arcs.
const PATHS: Record<IconName, string> = {
  bag: 'M5 8h14l-1 13H6zm4 0a3 3 0 016 0',
  userPlus: 'M5 7a4 4 0 108 0 4 4 0 10-8 0M2 21a7 7 0 0114 0M19 8v6m-3-3h6',
  cake: 'M4 21h16M6 21v-7h12v7M6 17c2 1 4 1 6 0s4-1 6 0m-6-3v-3m0-4v0',
  star: 'M12 3l2.8 5.7 6.2.9-4.5 4.4 1 6.2-5.5-2.9-5.5 2.9 1-6.2L3 9.6l6.2-.9z',
  instagram:
    'M7 3h10a4 4 0 014 4v10a4 4 0 01-4 4H7a4 4 0 01-4-4V7a4 4 0 014-4zm1 9a4 4 0 108 0 4 4 0 10-8 0m9-5v0',
  facebook: 'M16 3h-2a4 4 0 00-4 4v14M7 11h8',
  x: 'M4 4h4l12 16h-4zm16 0l-7 8m-2 2l-7 6',
  tiktok: 'M9 12a4 4 0 104 4V3c0 3 2 5 5 5',
  youtube: 'M2 8a3 3 0 013-3h14a3 3 0 013 3v8a3 3 0 01-3 3H5a3 3 0 01-3-3zm8 1v6l5-3z',
  pinterest: 'M9 22l3-10m-2 4c5 2 10-1 10-6a8 8 0 00-16 0c0 2 1 3.5 2 4',
  share: 'M12 15V3M8 7l4-4 4 4M5 12v8h14v-8',
  users: 'M3 7a4 4 0 108 0 4 4 0 10-8 0M1 21a6 6 0 0112 0M15 3a4 4 0 010 8m2 3a6 6 0 016 7',
  sparkle: 'M12 3l2 7 7 2-7 2-2 7-2-7-7-2 7-2z',
  tag: 'M3 3h8l10 10-8 8L3 11zm5 5v0',
  percent: 'M19 5L5 19M5 7a2 2 0 104 0 2 2 0 10-4 0m10 10a2 2 0 104 0 2 2 0 10-4 0',
  truck:
    'M5 18H2V6h12v12m-5 0h6m-1-9h4l3 4v5h-2M5 18a2 2 0 104 0 2 2 0 10-4 0m10 0a2 2 0 104 0 2 2 0 10-4 0',
  gift: 'M3 8h18v4H3zm2 4v9h14v-9M12 8v13m0-13C11 4 7 3 7 6s5 2 5 2 5 1 5-2-4-2-5 2',
  card: 'M2 6h20v12H2zm0 5h20M9 6v12',
  coins: 'M4 6a8 3 0 1016 0 8 3 0 10-16 0v12a8 3 0 0016 0V6M4 12a8 3 0 0016 0',
  credit: 'M3 12a9 9 0 1018 0 9 9 0 10-18 0m5 0h8m-4-4v8',
  debit: 'M3 12a9 9 0 1018 0 9 9 0 10-18 0m5 0h8',
  clock: 'M3 12a9 9 0 1018 0 9 9 0 10-18 0m9-5v5l3 2',
  crown: 'M3 7l4.5 5L12 5l4.5 7L21 7l-2 11H5zm2 14h14',
  bolt: 'M13 2L4 14h7l-1 8 9-12h-7z',
  lock: 'M5 11h14v10H5zm3 0V7a4 4 0 018 0v4',
  copy: 'M9 9h11v11H9zM5 15H4V4h11v1',
  check: 'M5 12l5 5L20 7',
  chevron: 'M9 5l7 7-7 7',
};

export interface IconProps {
  name: IconName;
  /** Extra class, e.g. for a tinted circle around the icon. */
  class?: string;
}

/**
 * One glyph of the widgets' icon set: inline SVG in `currentColor`, hidden from screen readers
 * because the text beside it carries the meaning. Arrows mirror in right-to-left text.
 *
 * @example
 * ```tsx
 * <Icon name={rewardIcon(reward.kind)} />
 * ```
 */
export function Icon({ name, class: className }: IconProps) {
  const classes = [css.icon, DIRECTIONAL_ICONS.includes(name) && css.mirrored, className];
  return (
    <svg
      class={classes.filter(Boolean).join(' ')}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}

const EARN_ICONS: Record<EarningRuleKind, IconName> = {
  order: 'bag',
  signup: 'userPlus',
  birthday: 'cake',
  review: 'star',
  social_follow: 'users',
  social_share: 'share',
  referral: 'users',
  custom: 'sparkle',
};

/**
 * The icon of a way to earn: the network's logo for a follow or share rule (every network is an
 * icon name, which the type checker holds to), the kind's otherwise.
 */
export const earnIcon = (rule: { kind: EarningRuleKind; network?: SocialNetwork }): IconName =>
  rule.network ?? EARN_ICONS[rule.kind];

const REWARD_ICONS: Record<RewardKind, IconName> = {
  fixed_discount: 'tag',
  percent_discount: 'percent',
  free_shipping: 'truck',
  free_product: 'gift',
  gift_card: 'card',
  variable: 'coins',
  custom: 'sparkle',
};

/** The icon of a reward kind (amount off, percent off, free shipping, …). */
export const rewardIcon = (kind: RewardKind): IconName => REWARD_ICONS[kind];
