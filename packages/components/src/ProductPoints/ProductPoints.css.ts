import { reset, vars } from '@loyaltykit/theme';
import { style } from '@vanilla-extract/css';

/**
 * One row, always at least one control tall: the loading placeholder, the
 * member's line and the guest's line with its 44 px join link all take the
 * same space, so the host page does not move when the numbers arrive. Where
 * the row is too narrow for all of it (cards down to 160 px), the bonus and
 * the join link wrap below the points: readable beats one line (issue 13).
 */
export const row = style([
  reset,
  {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: vars.space.sm,
    minBlockSize: vars.size.control,
    // Korean wraps at spaces, as its readers expect ("포인트", never "포인" above "트").
    wordBreak: 'keep-all',
  },
]);

export const earn = style({ fontWeight: 600, color: vars.color.brandText });

/** Wraps onto lines of its own in narrow cards, never cut short. */
export const bonus = style({
  minInlineSize: 0,
  overflowWrap: 'anywhere',
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
