import { reset, vars } from '@loyaltykit/theme';
import { style } from '@vanilla-extract/css';

export const earned = style([reset, { fontSize: vars.font.sizeLarge, fontWeight: 700 }]);

export const url = style([
  reset,
  {
    padding: `${vars.space.sm} ${vars.space.md}`,
    borderRadius: vars.radius.control,
    background: vars.color.brandSoft,
    overflowWrap: 'anywhere',
    // A URL is Latin whatever the page's direction.
    direction: 'ltr',
    textAlign: 'start',
  },
]);
