import { reset, vars } from '@loyaltykit/theme';
import { style } from '@vanilla-extract/css';

export const banner = style([
  reset,
  {
    padding: vars.space.md,
    borderRadius: vars.radius.control,
    border: `1px dashed ${vars.color.brandText}`,
    color: vars.color.brandText,
    fontWeight: 600,
  },
]);

export const nav = style([
  reset,
  { listStyle: 'none', display: 'flex', flexDirection: 'column', gap: vars.space.xs },
]);

export const navItem = style([
  reset,
  {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    inlineSize: '100%',
    minBlockSize: vars.size.control,
    paddingInline: vars.space.md,
    borderRadius: vars.radius.control,
    border: `1px solid ${vars.color.border}`,
    fontWeight: 600,
    cursor: 'pointer',
    selectors: {
      '&:hover': { background: vars.color.surfaceMuted },
      '&:focus-visible': { outline: `3px solid ${vars.color.focus}`, outlineOffset: '2px' },
    },
  },
]);

export const count = style([
  reset,
  {
    minInlineSize: '24px',
    paddingInline: vars.space.xs,
    borderRadius: '999px',
    background: vars.color.brand,
    color: vars.color.onBrand,
    fontSize: vars.font.sizeSmall,
    textAlign: 'center',
  },
]);
