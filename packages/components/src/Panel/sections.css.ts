import { reset, vars } from '@loyaltykit/theme';
import { keyframes, style } from '@vanilla-extract/css';

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

// Transform only: the number is never translucent, so it keeps its contrast throughout.
const settle = keyframes({
  from: { transform: 'scale(1.12)' },
  to: { transform: 'none' },
});

/** A balance that just changed: it swells and settles back, briefly. */
export const changed = style([
  balance,
  {
    // As wide as the number, so it swells about its own middle, in either direction.
    alignSelf: 'flex-start',
    animation: `${settle} 240ms ease-out`,
    '@media': { '(prefers-reduced-motion: reduce)': { animation: 'none' } },
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

/** The notes on a member's balance (points on their way, points about to expire), under the header's hero. */
export const notes = style({
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space.xs,
  paddingBlock: vars.space.sm,
  paddingInline: vars.space.md,
  borderRadius: vars.radius.control,
  background: vars.color.surfaceMuted,
});
