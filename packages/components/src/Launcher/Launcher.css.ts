import { reset, vars } from '@loyaltykit/theme';
import { style } from '@vanilla-extract/css';

export const launcher = style([
  reset,
  {
    position: 'fixed',
    insetBlockEnd: vars.launcher.insetBlockEnd,
    insetInlineStart: vars.launcher.insetInlineStart,
    insetInlineEnd: vars.launcher.insetInlineEnd,
    zIndex: 2147483000,
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: vars.space.sm,
    minBlockSize: vars.size.launcher,
    minInlineSize: vars.size.launcher,
    // Inside the viewport (a fixed box's containing block) at the default offset, however far a
    // page's zoom scales our px: the label gives way first.
    maxInlineSize: 'calc(100% - 40px)',
    // Icon, label or both: the theme's launcher style sets these (and the two displays below).
    paddingInline: vars.launcher.padding,
    borderRadius: vars.radius.launcher,
    background: vars.color.brand,
    color: vars.color.onBrand,
    boxShadow: vars.shadow.raised,
    fontWeight: 600,
    fontSize: vars.font.sizeBody,
    cursor: 'pointer',
    transition: 'background-color 120ms ease, transform 120ms ease',
    selectors: {
      '&:hover': { background: vars.color.brandHover },
      '&:active': { transform: 'scale(0.97)' },
      // Two rings: one of them shows on any host page background.
      '&:focus-visible': {
        outline: `3px solid ${vars.color.focus}`,
        outlineOffset: '2px',
        boxShadow: `0 0 0 2px ${vars.color.surface}, ${vars.shadow.raised}`,
      },
    },
    '@media': { '(prefers-reduced-motion: reduce)': { transition: 'none' } },
  },
]);

export const icon = style({
  display: vars.launcher.icon,
  inlineSize: '22px',
  blockSize: '22px',
  flex: 'none',
});

export const label = style({
  display: vars.launcher.label,
  minInlineSize: 0,
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
  fontVariantNumeric: 'tabular-nums',
});

/** The "a reward is ready" dot on the corner: critical red, ringed in the surface colour so it shows on any brand colour. */
export const badge = style({
  position: 'absolute',
  insetBlockStart: '-3px',
  insetInlineEnd: '-3px',
  inlineSize: '14px',
  blockSize: '14px',
  borderRadius: '50%',
  background: vars.color.critical,
  border: `2px solid ${vars.color.surface}`,
});
