import { reset, vars } from '@loyaltykit/theme';
import { style } from '@vanilla-extract/css';

export const card = style({
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space.xs,
  padding: vars.space.lg,
  borderRadius: vars.radius.panel,
  background: vars.color.brandSoft,
});

export const eyebrow = style([
  reset,
  { fontSize: vars.font.sizeSmall, color: vars.color.textMuted },
]);

export const greeting = style([reset, { fontSize: vars.font.sizeLarge, fontWeight: 700 }]);

export const balance = style([
  reset,
  {
    fontSize: vars.font.sizeDisplay,
    fontWeight: 800,
    lineHeight: 1.1,
    color: vars.color.brandText,
    fontVariantNumeric: 'tabular-nums',
  },
]);

export const sectionTitle = style([reset, { fontSize: vars.font.sizeBody, fontWeight: 700 }]);

export const actions = style({ display: 'flex', flexWrap: 'wrap', gap: vars.space.sm });

/** The referral welcome: set apart from the programme's own pitch by a dashed brand outline. */
export const welcome = style({
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space.xs,
  padding: vars.space.md,
  borderRadius: vars.radius.panel,
  border: `2px dashed ${vars.color.brandText}`,
});

export const welcomeText = style([reset, { color: vars.color.text }]);
