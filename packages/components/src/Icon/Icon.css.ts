import { style } from '@vanilla-extract/css';

/** Sized by the text around it, so a row's icon grows with the shopper's font size. */
export const icon = style({
  inlineSize: '1.25em',
  blockSize: '1.25em',
  flexShrink: 0,
  verticalAlign: 'middle',
});

/** Icons that point along the reading direction (arrows, chevrons) turn round in right-to-left text. */
export const mirrored = style({
  selectors: { '&:dir(rtl)': { transform: 'scaleX(-1)' } },
});
