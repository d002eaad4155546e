import { reset, vars } from '@loyaltykit/theme';
import { style } from '@vanilla-extract/css';

/**
 * One row, always at least one control tall: the loading placeholder, the
 * member's line and the guest's line with its 44 px join link all take the
 * same space, so the host page does not move when the numbers arrive.
 */
export const row = style([
  reset,
  {
    display: 'flex',
    // One line, always: a row that wrapped after loading would push the shop's grid down.
    flexWrap: 'nowrap',
    alignItems: 'center',
    columnGap: vars.space.sm,
    minBlockSize: vars.size.control,
  },
]);

export const earn = style({ flex: 'none', fontWeight: 600, color: vars.color.brandText });

/** Cut short in narrow cards (screen readers still read it whole). */
export const bonus = style({
  minInlineSize: 0,
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
  fontSize: vars.font.sizeSmall,
  color: vars.color.textMuted,
});

export const join = style([
  reset,
  {
    display: 'inline-flex',
    alignItems: 'center',
    minBlockSize: vars.size.control,
    color: vars.color.brandText,
    fontWeight: 600,
    textDecoration: 'underline',
    selectors: {
      '&:focus-visible': { outline: `3px solid ${vars.color.focus}`, outlineOffset: '2px' },
    },
  },
]);
