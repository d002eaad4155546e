import { reset, vars } from '@loyaltykit/theme';
import { style } from '@vanilla-extract/css';

export const earned = style([reset, { fontSize: vars.font.sizeLarge, fontWeight: 700 }]);
