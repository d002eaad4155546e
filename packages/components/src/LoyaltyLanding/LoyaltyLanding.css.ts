import { reset, vars } from '@loyaltykit/theme';
import { globalStyle, style } from '@vanilla-extract/css';
import * as widgets from '../widgets.css.ts';

/** Phone widths: cards become rows, the icon beside the words, so a phone scrolls less. */
const narrow = '(max-width: 640px)';

export const landing = style([
  reset,
  { display: 'flex', flexDirection: 'column', gap: vars.space.xl, maxInlineSize: '960px' },
]);

const focusOn = (color: string) => ({
  '&:focus-visible': { outline: `3px solid ${color}`, outlineOffset: '2px' },
});

// The hero is the brand: its colour, a shade further from the label colour towards the far
// corner (brandHover only ever raises the label's contrast), and onBrand text, which the theme
// keeps at 4.5:1 or more on the brand whatever colour the merchant picks.
export const hero = style([
  reset,
  {
    display: 'flex',
    alignItems: 'center',
    gap: vars.space.xl,
    padding: `calc(${vars.space.xl} * 1.5) ${vars.space.xl}`,
    borderRadius: vars.radius.panel,
    // A hairline keeps a brand as dark as the page (near-black on a dark theme) a distinct block.
    border: `1px solid ${vars.color.border}`,
    background: `linear-gradient(135deg, ${vars.color.brand} 35%, ${vars.color.brandHover})`,
    color: vars.color.onBrand,
    '@media': { [narrow]: { padding: vars.space.lg } },
  },
]);

export const heroText = style({
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'flex-start',
  gap: vars.space.sm,
  flex: 1,
});

export const title = style([
  reset,
  { fontSize: `calc(${vars.font.sizeDisplay} * 1.25)`, fontWeight: 800, lineHeight: 1.15 },
]);

export const lead = style([reset, { fontSize: vars.font.sizeLarge, maxInlineSize: '36em' }]);

export const rate = style([
  reset,
  {
    paddingBlock: vars.space.xs,
    paddingInline: vars.space.md,
    borderRadius: '999px',
    border: '1px solid',
    fontWeight: 700,
  },
]);

export const actions = style([widgets.actions, { marginBlockStart: vars.space.sm }]);

const ctaBase = style([
  reset,
  {
    display: 'inline-flex',
    alignItems: 'center',
    minBlockSize: vars.size.control,
    paddingInline: vars.space.xl,
    borderRadius: vars.radius.control,
    border: `2px solid ${vars.color.onBrand}`,
    fontWeight: 700,
    textDecoration: 'none',
    cursor: 'pointer',
    // The theme's focus colour is the brand's: on the brand it would not show.
    selectors: focusOn(vars.color.onBrand),
  },
]);

/** The hero's main action: the brand's colours swapped, as the theme pairs them. */
export const cta = style([
  ctaBase,
  {
    background: vars.color.onBrand,
    color: vars.color.brand,
    selectors: { '&:hover': { background: 'transparent', color: vars.color.onBrand } },
  },
]);

export const ctaSecondary = style([
  ctaBase,
  {
    color: vars.color.onBrand,
    selectors: { '&:hover': { background: vars.color.onBrand, color: vars.color.brand } },
  },
]);

/** A large, faint gift: decoration beside the words on wide screens, gone on narrow ones. */
export const heroArt = style({
  boxSizing: 'border-box',
  flex: 'none',
  inlineSize: '160px',
  blockSize: '160px',
  padding: '32px',
  borderRadius: '50%',
  border: '1px solid',
  opacity: 0.85,
  '@media': { [narrow]: { display: 'none' } },
});

export const section = style({ display: 'flex', flexDirection: 'column', gap: vars.space.md });

export const sectionTitle = style([
  reset,
  { fontSize: `calc(${vars.font.sizeLarge} * 1.25)`, fontWeight: 800 },
]);

/** Cards as many a row as fit, at least 200 px each: ways to earn, rewards, tiers side by side, steps. */
export const grid = style([
  reset,
  {
    listStyle: 'none',
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(200px, 100%), 1fr))',
    gap: vars.space.md,
  },
]);

export const steps = style([grid, { counterReset: 'lk-step' }]);

export const step = style([
  reset,
  {
    display: 'flex',
    alignItems: 'center',
    gap: vars.space.md,
    padding: vars.space.lg,
    borderRadius: vars.radius.panel,
    // The border keeps the step a card where the brand's soft shade is the page's own colour.
    border: `1px solid ${vars.color.border}`,
    background: vars.color.brandSoft,
    fontWeight: 600,
    counterIncrement: 'lk-step',
    selectors: {
      '&::before': {
        content: 'counter(lk-step)',
        display: 'grid',
        placeItems: 'center',
        flex: 'none',
        inlineSize: '36px',
        blockSize: '36px',
        borderRadius: '999px',
        background: vars.color.brand,
        color: vars.color.onBrand,
        fontWeight: 800,
      },
    },
  },
]);

export const card = style([
  reset,
  {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: vars.space.sm,
    padding: vars.space.lg,
    border: `1px solid ${vars.color.border}`,
    borderRadius: vars.radius.panel,
    background: vars.color.surface,
    '@media': { [narrow]: { flexDirection: 'row', gap: vars.space.md, padding: vars.space.md } },
  },
]);

export const body = style({
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'flex-start',
  gap: vars.space.xs,
  flex: 1,
  alignSelf: 'stretch',
});

/** An icon in a tinted disc, the brand's text colour on its soft shade. */
export const badge = style({
  boxSizing: 'border-box',
  inlineSize: '48px',
  blockSize: '48px',
  padding: '11px',
  borderRadius: '50%',
  background: vars.color.brandSoft,
  color: vars.color.brandText,
});

export const cardTitle = style([reset, { fontWeight: 700 }]);

export const amount = style([
  reset,
  { fontSize: vars.font.sizeLarge, fontWeight: 800, color: vars.color.brandText },
]);

export const locked = style([
  widgets.hint,
  {
    display: 'flex',
    alignItems: 'center',
    gap: vars.space.xs,
    marginBlockStart: 'auto',
    paddingBlockStart: vars.space.xs,
    fontWeight: 600,
  },
]);

/** The top tier: a brand-coloured edge, not colour alone (it is also last, and its perks the most). */
export const topTier = style([card, { border: `2px solid ${vars.color.accent}` }]);

export const perks = style([
  reset,
  { listStyle: 'none', display: 'flex', flexDirection: 'column', gap: vars.space.xs },
]);

export const perk = style([
  reset,
  { display: 'flex', alignItems: 'flex-start', gap: vars.space.sm },
]);

globalStyle(`${perk} > svg`, { color: vars.color.success, marginBlockStart: '0.1em' });

export const faq = style({
  borderBlockStart: `1px solid ${vars.color.border}`,
});

export const question = style([reset, { borderBlockEnd: `1px solid ${vars.color.border}` }]);

// The answer opens under its question; a chevron says it can, pointing down when closed and up
// when open (vertical, so it needs no mirroring in right-to-left text).
export const summary = style([
  reset,
  {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: vars.space.md,
    minBlockSize: vars.size.control,
    paddingBlock: vars.space.md,
    fontWeight: 700,
    cursor: 'pointer',
    listStyle: 'none',
    selectors: {
      '&::-webkit-details-marker': { display: 'none' },
      '&::after': {
        content: '""',
        flex: 'none',
        inlineSize: '14px',
        blockSize: '9px',
        background: vars.color.brandText,
        clipPath: 'polygon(0 0, 50% 60%, 100% 0, 100% 40%, 50% 100%, 0 40%)',
      },
      [`${question}[open] > &::after`]: { transform: 'rotate(180deg)' },
      ...focusOn(vars.color.focus),
    },
    '@media': {
      '(prefers-reduced-motion: no-preference)': {
        selectors: { '&::after': { transition: 'transform 0.2s' } },
      },
    },
  },
]);

export const answer = style([reset, { paddingBlockEnd: vars.space.md, maxInlineSize: '48em' }]);
