import { reset, vars } from '@loyaltykit/theme';
import { style } from '@vanilla-extract/css';

/** What both sides get: the page's headline. */
export const offer = style([
  reset,
  { fontSize: vars.font.sizeLarge, fontWeight: 700, lineHeight: 1.35, color: vars.color.text },
]);

export const card = style([
  reset,
  {
    display: 'flex',
    flexDirection: 'column',
    gap: vars.space.sm,
    padding: vars.space.md,
    border: `1px solid ${vars.color.border}`,
    borderRadius: vars.radius.control,
    background: vars.color.surface,
  },
]);

export const label = style([
  reset,
  { fontSize: vars.font.sizeSmall, fontWeight: 600, color: vars.color.textMuted },
]);

export const stats = style([
  reset,
  { listStyle: 'none', display: 'flex', flexDirection: 'column', gap: vars.space.xs },
]);

/** A result in words, beside an icon in the brand's text colour (the words carry the meaning). */
export const stat = style([
  reset,
  { display: 'flex', alignItems: 'center', gap: vars.space.sm, fontSize: vars.font.sizeSmall },
]);
export const statIcon = style({ color: vars.color.brandText });
