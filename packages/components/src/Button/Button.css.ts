import { reset, vars } from '@loyaltykit/theme';
import { style, styleVariants } from '@vanilla-extract/css';

export const BUTTON_VARIANTS = ['primary', 'secondary', 'quiet'] as const;

const base = style([
  reset,
  {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: vars.space.xs,
    minBlockSize: vars.size.control,
    paddingInline: vars.space.lg,
    borderRadius: vars.radius.control,
    fontWeight: 600,
    textAlign: 'center',
    textDecoration: 'none',
    cursor: 'pointer',
    selectors: {
      '&:focus-visible': { outline: `3px solid ${vars.color.focus}`, outlineOffset: '2px' },
      '&:disabled, &[aria-disabled="true"]': { cursor: 'default', opacity: 0.6 },
    },
  },
]);

export const variant = styleVariants({
  primary: [
    base,
    {
      background: vars.color.brand,
      color: vars.color.onBrand,
      selectors: { '&:hover:not(:disabled)': { background: vars.color.brandHover } },
    },
  ],
  secondary: [
    base,
    {
      background: vars.color.surface,
      color: vars.color.brandText,
      border: `1px solid ${vars.color.border}`,
      selectors: { '&:hover:not(:disabled)': { background: vars.color.surfaceMuted } },
    },
  ],
  quiet: [
    base,
    {
      paddingInline: vars.space.sm,
      color: vars.color.brandText,
      selectors: { '&:hover:not(:disabled)': { background: vars.color.surfaceMuted } },
    },
  ],
} satisfies Record<(typeof BUTTON_VARIANTS)[number], unknown>);

export const block = style({ inlineSize: '100%' });
