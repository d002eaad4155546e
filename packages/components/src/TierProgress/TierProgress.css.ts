import { reset, vars } from '@loyaltykit/theme';
import { style } from '@vanilla-extract/css';

export const tier = style({ display: 'flex', flexDirection: 'column', gap: vars.space.xs });
export const name = style([
  reset,
  { display: 'flex', alignItems: 'center', gap: vars.space.xs, fontWeight: 700 },
]);
/** The tier's crown, in the brand's colour. */
export const badge = style({ color: vars.color.brandText });
export const hint = style([reset, { fontSize: vars.font.sizeSmall, color: vars.color.textMuted }]);
