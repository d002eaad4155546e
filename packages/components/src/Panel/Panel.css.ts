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
    // One height for every page, so the panel never jumps as the shopper moves around: the body scrolls.
    blockSize: 'min(640px, calc(100% - 120px))',
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
        blockSize: '85%',
        borderEndStartRadius: 0,
        borderEndEndRadius: 0,
      },
    },
  },
]);

export const body = style({
  flex: 1,
  overflowY: 'auto',
  selectors: {
    '&:focus-visible': { outline: `3px solid ${vars.color.focus}`, outlineOffset: '-3px' },
  },
});

// Transform only: the page is never translucent, so its text keeps its contrast throughout.
const enter = keyframes({
  from: { transform: 'translateY(12px)' },
  to: { transform: 'none' },
});

/** One page of the panel: it comes in briefly each time the page changes. */
export const page = style({
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space.lg,
  padding: vars.space.lg,
  animation: `${enter} 200ms ease-out`,
  '@media': { '(prefers-reduced-motion: reduce)': { animation: 'none' } },
});

export const status = style([
  reset,
  { color: vars.color.textMuted, textAlign: 'center', padding: vars.space.xl },
]);

export const visuallyHidden = style({
  position: 'absolute',
  inlineSize: '1px',
  blockSize: '1px',
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
});
