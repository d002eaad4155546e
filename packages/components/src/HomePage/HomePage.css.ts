import { reset, vars } from '@loyaltykit/theme';
import { style } from '@vanilla-extract/css';
import { disc as iconDisc } from '../Icon/IconRow.css.ts';

/** One card of links, divided by hairlines: a menu, not a stack of boxes. */
export const nav = style([
  reset,
  {
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    border: `1px solid ${vars.color.border}`,
    borderRadius: vars.radius.control,
    background: vars.color.surface,
    overflow: 'hidden',
  },
]);

export const navRow = style([
  reset,
  { selectors: { '& + &': { borderBlockStart: `1px solid ${vars.color.border}` } } },
]);

export const navItem = style([
  reset,
  {
    display: 'flex',
    alignItems: 'center',
    gap: vars.space.md,
    inlineSize: '100%',
    minBlockSize: '52px',
    paddingInline: vars.space.md,
    paddingBlock: vars.space.xs,
    fontWeight: 600,
    cursor: 'pointer',
    selectors: {
      '&:hover': { background: vars.color.surfaceMuted },
      '&:focus-visible': { outline: `3px solid ${vars.color.focus}`, outlineOffset: '-3px' },
    },
  },
]);

/** The link's icon: the rows' tinted disc, a size smaller. */
export const disc = style([iconDisc.brand, { inlineSize: '2em', blockSize: '2em' }]);

export const label = style({ flex: 1 });

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

export const chevron = style({ color: vars.color.textMuted });
