// Styles the embeds outside the panel share (cart, checkout, account, order, landing).
import { reset, vars } from '@loyaltykit/theme';
import { style } from '@vanilla-extract/css';

/** A widget's box on the host page. */
export const card = style([
  reset,
  {
    display: 'flex',
    flexDirection: 'column',
    gap: vars.space.sm,
    padding: vars.space.md,
    border: `1px solid ${vars.color.border}`,
    borderRadius: vars.radius.panel,
    background: vars.color.surface,
  },
]);

export const heading = style([reset, { fontSize: vars.font.sizeLarge, fontWeight: 700 }]);
export const strong = style([reset, { fontWeight: 700, color: vars.color.brandText }]);
export const text = style([reset]);
export const hint = style([reset, { fontSize: vars.font.sizeSmall, color: vars.color.textMuted }]);
export const error = style([reset, { fontSize: vars.font.sizeSmall, color: vars.color.critical }]);
/** A text link with a 44 px target. */
export const link = style([
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

export const actions = style({ display: 'flex', flexWrap: 'wrap', gap: vars.space.sm });

/** Read by screen readers, not shown: the widgets' own polite live regions. */
export const visuallyHidden = style({
  position: 'absolute',
  inlineSize: '1px',
  blockSize: '1px',
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
});
