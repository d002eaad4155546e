import { reset, vars } from '@loyaltykit/theme';
import { style } from '@vanilla-extract/css';

export const birthday = style({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'flex-end',
  gap: vars.space.sm,
});

export const field = style({ display: 'flex', flexDirection: 'column', gap: vars.space.xs });

export const select = style([
  reset,
  {
    minBlockSize: vars.size.control,
    paddingInline: vars.space.sm,
    border: `1px solid ${vars.color.border}`,
    borderRadius: vars.radius.control,
    background: vars.color.surface,
    selectors: {
      '&:focus-visible': { outline: `3px solid ${vars.color.focus}`, outlineOffset: '2px' },
    },
  },
]);
