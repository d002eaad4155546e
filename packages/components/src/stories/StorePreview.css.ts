// Storybook only: the stand-in store page around the page widgets in the
// theme builder and the state stories. Its cards stand for a merchant's page,
// so they take the theme's colours and shape (text is AA on surfaceMuted too).
import { vars } from '@loyaltykit/theme';
import { style } from '@vanilla-extract/css';

/**
 * The store page and whatever sits beside it, side by side where there is
 * room, on the side away from the launcher's corner and clear of the open
 * panel (StorePage sets the width from the launcher's offset).
 */
export const page = style({
  position: 'absolute',
  insetBlockStart: '16px',
  insetInlineStart: '16px',
  minInlineSize: '300px',
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'flex-start',
  gap: '16px',
  selectors: {
    '&[data-corner="bottom-left"]': { insetInlineStart: 'auto', insetInlineEnd: '16px' },
  },
});

export const store = style({
  flex: '1 1 300px',
  maxInlineSize: '400px',
  display: 'flex',
  flexDirection: 'column',
  gap: '16px',
});

/** A stand-in for a section of a merchant's page. */
export const card = style({
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space.sm,
  padding: '16px',
  borderRadius: vars.radius.panel,
  background: vars.color.surfaceMuted,
  color: vars.color.text,
  fontFamily: vars.font.family,
  fontSize: vars.font.sizeBody,
});

export const heading = style({ margin: 0, fontSize: vars.font.sizeLarge, fontWeight: 700 });

export const caption = style({
  margin: 0,
  font: '12px/1.4 ui-monospace, monospace',
  color: vars.color.textMuted,
});
