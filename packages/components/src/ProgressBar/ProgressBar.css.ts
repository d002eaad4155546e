import { vars } from '@loyaltykit/theme';
import { style } from '@vanilla-extract/css';

export const track = style({
  blockSize: '8px',
  borderRadius: '999px',
  background: vars.color.surfaceMuted,
  overflow: 'hidden',
  // The bar is drawn with forced colours too (a border survives them).
  border: '1px solid transparent',
});

export const fill = style({
  blockSize: '100%',
  // Accent is guaranteed 3:1 against the panel's backgrounds, as a UI boundary must be.
  background: vars.color.accent,
  borderRadius: 'inherit',
  transition: 'inline-size 300ms ease',
  '@media': { '(prefers-reduced-motion: reduce)': { transition: 'none' } },
});
