import { globalStyle, style } from '@vanilla-extract/css';
import { vars } from './contract.css.ts';

// Inside our shadow roots the host page's inherited styles stop here. `all`
// leaves custom properties alone, so merchant `--lk-*` overrides still apply.
globalStyle(':host', {
  all: 'initial',
  fontFamily: vars.font.family,
  fontSize: vars.font.sizeBody,
  lineHeight: 1.45,
  color: vars.color.text,
});

/**
 * The class every Loyalty Kit element composes: a reset scoped to our own
 * class names, so nothing we ship styles the host page's elements.
 */
export const reset = style({
  boxSizing: 'border-box',
  margin: 0,
  padding: 0,
  border: 0,
  font: 'inherit',
  color: 'inherit',
  background: 'none',
  textAlign: 'start',
});

/** Widget root in light DOM (components used directly): the same base the shadow host gives. */
export const root = style([
  reset,
  {
    fontFamily: vars.font.family,
    fontSize: vars.font.sizeBody,
    lineHeight: 1.45,
    color: vars.color.text,
  },
]);
