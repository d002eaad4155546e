import { reset, vars } from '@loyaltykit/theme';
import { style } from '@vanilla-extract/css';

export const badge = style([
  reset,
  {
    paddingInline: vars.space.sm,
    borderRadius: '999px',
    background: vars.color.brand,
    color: vars.color.onBrand,
    fontSize: vars.font.sizeSmall,
    fontWeight: 700,
  },
]);

/** "From 5,000 points", with a lock while the tier is out of reach. */
export const threshold = style({
  display: 'inline-flex',
  alignItems: 'center',
  gap: vars.space.xs,
  fontSize: vars.font.sizeSmall,
});

export const perks = style([
  reset,
  {
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: vars.space.xs,
    fontSize: vars.font.sizeSmall,
  },
]);

export const perk = style([
  reset,
  { display: 'flex', alignItems: 'flex-start', gap: vars.space.xs },
]);

export const perkIcon = style({ color: vars.color.brandText });
