import { reset, vars } from '@loyaltykit/theme';
import { globalStyle, style } from '@vanilla-extract/css';

// A punched notch half-way down each side: one half-box layer per side, so no mask compositing.
const notch = (side: 'left' | 'right') =>
  `radial-gradient(circle 0.5em at ${side === 'left' ? '0' : '100%'} 50%, #0000 97%, #000) ${side} / 51% 100% no-repeat`;

/** The ticket's frame: the focus target, outside the notched shape, whose mask would clip a focus ring. */
export const frame = style({
  borderRadius: vars.radius.control,
  selectors: {
    '&:focus-visible': { outline: `3px solid ${vars.color.focus}`, outlineOffset: '2px' },
  },
});

/** A ticket: the brand's tint inside a dashed outline, notched on both sides like a torn-off stub. */
export const ticket = style([
  reset,
  {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: vars.space.sm,
    padding: `${vars.space.sm} ${vars.space.md}`,
    border: `2px dashed ${vars.color.brandText}`,
    borderRadius: vars.radius.control,
    background: vars.color.brandSoft,
    mask: `${notch('left')}, ${notch('right')}`,
  },
]);

export const code = style([
  reset,
  {
    flex: '1 1 auto',
    minInlineSize: 0,
    paddingBlock: vars.space.xs,
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    fontSize: vars.font.sizeLarge,
    fontWeight: 700,
    letterSpacing: '0.06em',
    color: vars.color.text,
    textAlign: 'center',
    userSelect: 'all',
    // Codes are Latin whatever the page's direction; one longer than the ticket wraps rather than spill.
    direction: 'ltr',
    overflowWrap: 'anywhere',
  },
]);

/**
 * A URL on one line, never broken mid-word: a read-only field, ellipsised at rest and
 * scrolled by the caret, whose whole value screen readers read and shoppers select.
 */
export const field = style([
  reset,
  {
    flex: '1 1 12em',
    minInlineSize: 0,
    minBlockSize: vars.size.control,
    paddingInline: vars.space.sm,
    border: `1px solid ${vars.color.border}`,
    borderRadius: vars.radius.control,
    background: vars.color.surface,
    color: vars.color.text,
    font: 'inherit',
    fontSize: vars.font.sizeSmall,
    textOverflow: 'ellipsis',
    direction: 'ltr',
    selectors: {
      '&:focus-visible': { outline: `3px solid ${vars.color.focus}`, outlineOffset: '1px' },
    },
  },
]);

/** The copy button takes the rest of the line, or a line of its own under a long code. */
export const action = style({ flex: '1 0 auto', display: 'flex' });
globalStyle(`${action} > *`, { flex: 1 });
