import { vars } from '@loyaltykit/theme';
import { keyframes, style, styleVariants } from '@vanilla-extract/css';

const pulse = keyframes({ '50%': { opacity: 0.45 } });

/** The placeholder blocks, pulsing gently unless the shopper asked for less motion. */
export const skeleton = style({
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space.lg,
  animation: `${pulse} 1.6s ease-in-out infinite`,
  '@media': { '(prefers-reduced-motion: reduce)': { animation: 'none' } },
});

/**
 * A bar standing for one line of text: set inside an element with the text's
 * own class, whose line box gives the bar's line its real height.
 */
export const bar = style({
  display: 'inline-block',
  verticalAlign: 'middle',
  blockSize: '0.75em',
  borderRadius: '4px',
  background: vars.color.border,
});

export const width = styleVariants({
  short: { inlineSize: '30%' },
  medium: { inlineSize: '45%' },
  long: { inlineSize: '60%' },
  full: { inlineSize: '100%' },
});

/** Stands for the progress bar: the same 8 px track plus its 1 px border each side. */
export const track = style({
  blockSize: '10px',
  borderRadius: '999px',
  background: vars.color.border,
});

/** Stands for a page link of the home page: the same height, border and padding. */
export const row = style({
  boxSizing: 'border-box',
  display: 'flex',
  alignItems: 'center',
  minBlockSize: vars.size.control,
  paddingInline: vars.space.md,
  borderRadius: vars.radius.control,
  border: `1px solid ${vars.color.border}`,
});
