import { reset, vars } from '@loyaltykit/theme';
import { style } from '@vanilla-extract/css';

export const field = style([
  reset,
  { display: 'flex', flexDirection: 'column', gap: vars.space.xs },
]);

export const label = style([reset, { fontWeight: 600 }]);

export const select = style([
  reset,
  {
    minBlockSize: vars.size.control,
    paddingInline: vars.space.md,
    border: `1px solid ${vars.color.border}`,
    borderRadius: vars.radius.control,
    background: vars.color.surface,
    cursor: 'pointer',
    selectors: {
      '&:focus-visible': { outline: `3px solid ${vars.color.focus}`, outlineOffset: '2px' },
      '&:disabled': { cursor: 'default', opacity: 0.6 },
    },
  },
]);

export const applied = style([
  reset,
  {
    padding: `${vars.space.sm} ${vars.space.md}`,
    borderRadius: vars.radius.control,
    background: vars.color.brandSoft,
    fontWeight: 600,
  },
]);
