import { reset, vars } from '@loyaltykit/theme';
import { style } from '@vanilla-extract/css';

export const list = style([
  reset,
  { listStyle: 'none', display: 'flex', flexDirection: 'column', gap: vars.space.sm },
]);

export const row = style([
  reset,
  {
    display: 'flex',
    flexDirection: 'column',
    gap: vars.space.sm,
    padding: vars.space.md,
    border: `1px solid ${vars.color.border}`,
    borderRadius: vars.radius.control,
  },
]);

export const head = style({
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'space-between',
  gap: vars.space.sm,
});
export const title = style([reset, { fontWeight: 600 }]);
export const price = style([
  reset,
  { fontWeight: 700, color: vars.color.brandText, whiteSpace: 'nowrap' },
]);
export const hint = style([reset, { fontSize: vars.font.sizeSmall, color: vars.color.textMuted }]);
export const error = style([reset, { fontSize: vars.font.sizeSmall, color: vars.color.critical }]);
export const actions = style({ display: 'flex', flexWrap: 'wrap', gap: vars.space.sm });

export const code = style([
  reset,
  {
    padding: `${vars.space.sm} ${vars.space.md}`,
    borderRadius: vars.radius.control,
    background: vars.color.brandSoft,
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    fontSize: vars.font.sizeLarge,
    fontWeight: 700,
    letterSpacing: '0.06em',
    textAlign: 'center',
    userSelect: 'all',
    // Codes are Latin whatever the page's direction.
    direction: 'ltr',
    // A referral link is one long word: wrapped anywhere rather than spilling out of its box.
    overflowWrap: 'anywhere',
  },
]);

export const stepper = style({ display: 'flex', alignItems: 'center', gap: vars.space.sm });
export const stepperValue = style([reset, { flex: 1, textAlign: 'center', fontWeight: 600 }]);
