import { reset, vars } from '@loyaltykit/theme';
import { style } from '@vanilla-extract/css';

export const current = style({
  borderColor: vars.color.brandText,
  background: vars.color.brandSoft,
});

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

export const perks = style([
  reset,
  {
    listStyle: 'disc',
    paddingInlineStart: vars.space.lg,
    fontSize: vars.font.sizeSmall,
    color: vars.color.textMuted,
  },
]);
