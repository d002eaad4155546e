import { reset, vars } from '@loyaltykit/theme';
import { style } from '@vanilla-extract/css';

/** Floats just above the launcher, on its side of the screen (the launcher's own insets). */
export const nudge = style([
  reset,
  {
    position: 'fixed',
    insetBlockEnd: `calc(${vars.launcher.insetBlockEnd} + ${vars.size.launcher} + ${vars.space.md})`,
    insetInlineStart: vars.launcher.insetInlineStart,
    insetInlineEnd: vars.launcher.insetInlineEnd,
    zIndex: 2147483000,
    display: 'flex',
    alignItems: 'flex-start',
    gap: vars.space.sm,
    maxInlineSize: 'min(320px, calc(100% - 40px))',
    padding: vars.space.sm,
    paddingInlineStart: vars.space.md,
    borderRadius: vars.radius.panel,
    background: vars.color.surface,
    color: vars.color.text,
    border: `1px solid ${vars.color.border}`,
    boxShadow: vars.shadow.panel,
    fontSize: vars.font.sizeSmall,
  },
]);

export const body = style({
  display: 'grid',
  gap: vars.space.xs,
  justifyItems: 'start',
  paddingBlockStart: vars.space.xs,
});

export const dismiss = style([
  reset,
  {
    flex: 'none',
    inlineSize: '32px',
    blockSize: '32px',
    borderRadius: '50%',
    color: vars.color.textMuted,
    fontSize: '20px',
    lineHeight: 1,
    cursor: 'pointer',
    selectors: {
      '&:hover': { background: vars.color.surfaceMuted },
      '&:focus-visible': { outline: `3px solid ${vars.color.focus}`, outlineOffset: '2px' },
    },
  },
]);
