import { reset, vars } from '@loyaltykit/theme';
import { style, styleVariants } from '@vanilla-extract/css';

export const list = style([
  reset,
  { listStyle: 'none', display: 'flex', flexDirection: 'column', gap: vars.space.sm },
]);

/** A card: the icon's disc at the start, the text beside it, whatever the row holds below the text. */
export const row = style([
  reset,
  {
    display: 'flex',
    alignItems: 'flex-start',
    gap: vars.space.md,
    padding: vars.space.md,
    border: `1px solid ${vars.color.border}`,
    borderRadius: vars.radius.control,
    background: vars.color.surface,
  },
]);

/** Highlighted: the member's own tier, a live bonus event. */
export const highlight = style({
  borderColor: vars.color.brandText,
  background: vars.color.brandSoft,
  boxShadow: `inset 0 0 0 1px ${vars.color.brandText}`,
});

// The disc is the brand's soft tint, which the theme keeps every text colour readable on; on a
// highlighted row, itself in that tint, the disc is the brand colour.
const discBase = style([
  reset,
  {
    display: 'grid',
    placeItems: 'center',
    flexShrink: 0,
    inlineSize: '2.5em',
    blockSize: '2.5em',
    borderRadius: '50%',
    background: vars.color.brandSoft,
    selectors: {
      [`${highlight} &`]: { background: vars.color.brand, color: vars.color.onBrand },
    },
  },
]);

/** The icon inside its disc, a little larger than beside text. */
export const discIcon = style({ inlineSize: '1.375em', blockSize: '1.375em' });

/** The icon's disc, coloured by what the row is: the brand's, money in (success), or neutral. */
export const disc = styleVariants({
  brand: [discBase, { color: vars.color.brandText }],
  success: [discBase, { color: vars.color.success }],
  muted: [discBase, { color: vars.color.textMuted, background: vars.color.surfaceMuted }],
});

export const body = style({
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space.xs,
  flex: 1,
  minInlineSize: 0,
  // Centred on the disc when the row holds a line or two.
  minBlockSize: '2.5em',
  justifyContent: 'center',
});

export const head = style({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'baseline',
  justifyContent: 'space-between',
  columnGap: vars.space.sm,
});

export const title = style([reset, { fontWeight: 600 }]);

/** What the row gives or costs, in the row's tone; it wraps below a long title, never into it. */
export const aside = styleVariants({
  brand: [reset, { fontWeight: 700, color: vars.color.brandText }],
  success: [reset, { fontWeight: 700, color: vars.color.success }],
  muted: [reset, { fontWeight: 700 }],
});
