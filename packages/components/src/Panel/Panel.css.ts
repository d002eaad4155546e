import { reset, vars } from '@loyaltykit/theme';
import { keyframes, style } from '@vanilla-extract/css';

const rise = keyframes({
  from: { opacity: 0, transform: 'translateY(12px)' },
  to: { opacity: 1, transform: 'none' },
});

export const dialog = style([
  reset,
  {
    position: 'fixed',
    insetBlockEnd: `calc(${vars.launcher.insetBlockEnd} + ${vars.size.launcher} + 12px)`,
    insetBlockStart: 'auto',
    insetInlineStart: vars.launcher.insetInlineStart,
    insetInlineEnd: vars.launcher.insetInlineEnd,
    // Percentages of the viewport (the containing block of a fixed box), not vw and vh: a page's
    // `zoom` scales our px and viewport units alike, but not the viewport, so only this fits.
    inlineSize: `min(${vars.size.panelWidth}, calc(100% - 24px))`,
    maxBlockSize: 'min(640px, calc(100% - 120px))',
    display: 'flex',
    flexDirection: 'column',
    overflow: 'hidden',
    borderRadius: vars.radius.panel,
    background: vars.color.surface,
    color: vars.color.text,
    boxShadow: vars.shadow.panel,
    animation: `${rise} 160ms ease-out`,
    selectors: {
      '&:not([open])': { display: 'none' },
      '&::backdrop': { background: vars.color.backdrop },
    },
    '@media': {
      '(prefers-reduced-motion: reduce)': { animation: 'none' },
      '(max-width: 480px)': {
        insetInline: 0,
        insetBlockEnd: 0,
        inlineSize: '100%',
        maxInlineSize: '100%',
        maxBlockSize: '85%',
        borderEndStartRadius: 0,
        borderEndEndRadius: 0,
      },
    },
  },
]);

export const header = style({
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'space-between',
  gap: vars.space.md,
  paddingBlock: vars.space.sm,
  paddingInlineStart: vars.space.lg,
  paddingInlineEnd: vars.space.sm,
  background: vars.color.brand,
  color: vars.color.onBrand,
});

export const title = style([
  reset,
  {
    flex: 1,
    fontSize: vars.font.sizeLarge,
    fontWeight: 700,
    selectors: { '&:focus': { outline: 'none' } },
  },
]);

export const close = style([
  reset,
  {
    display: 'grid',
    placeItems: 'center',
    inlineSize: vars.size.control,
    blockSize: vars.size.control,
    borderRadius: vars.radius.control,
    cursor: 'pointer',
    color: 'inherit',
    selectors: {
      '&:hover': { background: 'rgb(127 127 127 / 0.2)' },
      '&:focus-visible': { outline: `3px solid ${vars.color.onBrand}`, outlineOffset: '-3px' },
    },
  },
]);

export const body = style({
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space.lg,
  padding: vars.space.lg,
  overflowY: 'auto',
  selectors: {
    '&:focus-visible': { outline: `3px solid ${vars.color.focus}`, outlineOffset: '-3px' },
  },
});

export const status = style([
  reset,
  { color: vars.color.textMuted, textAlign: 'center', padding: vars.space.xl },
]);

export const back = style({
  // Points backwards in the reading direction.
  selectors: { '&:dir(rtl)': { transform: 'scaleX(-1)' } },
});

export const visuallyHidden = style({
  position: 'absolute',
  inlineSize: '1px',
  blockSize: '1px',
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
});
