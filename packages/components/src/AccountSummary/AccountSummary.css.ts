import { reset, vars } from '@loyaltykit/theme';
import { style } from '@vanilla-extract/css';

/** Balance card beside tier and rewards on wide account pages; stacked on narrow ones. */
export const layout = style([
  reset,
  {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(240px, 100%), 1fr))',
    gap: vars.space.md,
    alignItems: 'start',
  },
]);

export const side = style({ display: 'flex', flexDirection: 'column', gap: vars.space.sm });
