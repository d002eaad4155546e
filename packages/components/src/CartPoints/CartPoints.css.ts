import { vars } from '@loyaltykit/theme';
import { style } from '@vanilla-extract/css';

/** The cart's points, the line a shopper's eye should land on. */
export const earn = style({ fontSize: vars.font.sizeLarge });
