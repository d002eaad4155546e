import { reset, vars } from '@loyaltykit/theme';
import { style } from '@vanilla-extract/css';

export const tier = style({ display: 'flex', flexDirection: 'column', gap: vars.space.xs });
export const line = style([
  reset,
  { display: 'flex', justifyContent: 'space-between', gap: vars.space.sm },
]);
export const name = style([reset, { fontWeight: 700 }]);
export const hint = style([reset, { fontSize: vars.font.sizeSmall, color: vars.color.textMuted }]);
