import {
  HEADER_AWAY,
  HEADER_GRADIENT,
  HEADER_IMAGE_GRADIENT,
  HEADER_IMAGE_OPACITY,
  headerGradient,
  reset,
  vars,
} from '@loyaltykit/theme';
import { createVar, style } from '@vanilla-extract/css';

/** The pole the header's text is not, written once for every stop. */
const away = createVar();

export const header = style({
  position: 'relative',
  // The cover image sits below the content but above the header's own background.
  isolation: 'isolate',
  overflow: 'hidden',
  flexShrink: 0,
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space.xs,
  paddingBlock: `${vars.space.sm} ${vars.space.lg}`,
  paddingInlineStart: vars.space.lg,
  paddingInlineEnd: vars.space.sm,
  // Where color-mix() or relative colours are missing, the image is dropped and this shows.
  vars: { [away]: HEADER_AWAY },
  backgroundColor: vars.color.brand,
  backgroundImage: headerGradient(HEADER_GRADIENT, away),
  color: vars.color.onBrand,
  // Korean wraps between words ("바꾸세/요." otherwise), and a word too long for the line still breaks.
  wordBreak: 'keep-all',
  overflowWrap: 'break-word',
  // Apart from the body even where the brand colour is as dark as the dark scheme's surface.
  borderBlockEnd: `1px solid ${vars.color.border}`,
});

/** Under a picture: deeper stops, so the text reads whatever the picture (theme/header.ts). */
export const withImage = style([
  header,
  { backgroundImage: headerGradient(HEADER_IMAGE_GRADIENT, away) },
]);

export const cover = style({
  position: 'absolute',
  inset: 0,
  zIndex: -1,
  inlineSize: '100%',
  blockSize: '100%',
  objectFit: 'cover',
  opacity: HEADER_IMAGE_OPACITY,
});

export const bar = style({
  display: 'flex',
  alignItems: 'center',
  gap: vars.space.sm,
  minBlockSize: vars.size.control,
});

export const logo = style({
  flexShrink: 0,
  blockSize: '32px',
  inlineSize: 'auto',
  maxInlineSize: '96px',
  objectFit: 'contain',
});

export const title = style([
  reset,
  {
    flex: 1,
    minInlineSize: 0,
    fontSize: vars.font.sizeLarge,
    fontWeight: 700,
    selectors: { '&:focus': { outline: 'none' } },
  },
]);

export const button = style([
  reset,
  {
    flexShrink: 0,
    display: 'grid',
    placeItems: 'center',
    inlineSize: vars.size.control,
    blockSize: vars.size.control,
    borderRadius: vars.radius.control,
    cursor: 'pointer',
    color: 'inherit',
    selectors: {
      '&:hover': { background: 'rgb(127 127 127 / 0.2)' },
      '&:focus-visible': { outline: `3px solid ${vars.color.onBrand}`, outlineOffset: '-3px' },
    },
  },
]);

/** The way back, its arrow at the header's edge (the button's own padding stands out into it). */
export const backButton = style([button, { marginInlineStart: `calc(-1 * ${vars.space.sm})` }]);

export const back = style({
  // Points backwards in the reading direction.
  selectors: { '&:dir(rtl)': { transform: 'scaleX(-1)' } },
});

/**
 * Room for the member's greeting and balance on every page, loading or a
 * guest's, so nothing below moves. Its text is the header's: the brand's
 * text colours become the label colour on the brand.
 */
export const hero = style({
  vars: { [vars.color.brandText]: vars.color.onBrand, [vars.color.textMuted]: vars.color.onBrand },
  display: 'flex',
  flexDirection: 'column',
  justifyContent: 'flex-end',
  // A greeting, the balance's label and the balance (1.45 lines of 17 + 12 px, 1.1 of 28 px) in ems of the body text, so every size token fits.
  minBlockSize: '5.3em',
  paddingInlineEnd: vars.space.sm,
});

export const pitch = style([reset, { fontSize: vars.font.sizeLarge, fontWeight: 600 }]);
