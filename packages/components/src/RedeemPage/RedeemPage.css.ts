import { reset, vars } from '@loyaltykit/theme';
import { style } from '@vanilla-extract/css';

export const hint = style([reset, { fontSize: vars.font.sizeSmall, color: vars.color.textMuted }]);
export const error = style([reset, { fontSize: vars.font.sizeSmall, color: vars.color.critical }]);
export const actions = style({ display: 'flex', flexWrap: 'wrap', gap: vars.space.sm });

/** A tier-only reward: a lock and the tiers it is for, in words, so not by colour alone. */
export const lock = style([
  reset,
  {
    display: 'flex',
    alignItems: 'center',
    gap: vars.space.xs,
    fontSize: vars.font.sizeSmall,
    fontWeight: 600,
    color: vars.color.textMuted,
  },
]);

/** The second step of a redemption or a cancellation, set apart from the card it sits in. */
export const confirm = style({
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space.sm,
  paddingBlockStart: vars.space.sm,
  borderBlockStart: `1px solid ${vars.color.border}`,
  selectors: {
    '&:focus-visible': { outline: `3px solid ${vars.color.focus}`, outlineOffset: '2px' },
  },
});
export const question = style([reset, { fontWeight: 600 }]);

export const stepper = style({ display: 'flex', alignItems: 'center', gap: vars.space.sm });
export const stepperValue = style([reset, { flex: 1, textAlign: 'center', fontWeight: 600 }]);
