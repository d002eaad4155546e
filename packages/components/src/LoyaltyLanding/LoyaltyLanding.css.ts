import { reset, vars } from '@loyaltykit/theme';
import { style } from '@vanilla-extract/css';

export const landing = style([
  reset,
  { display: 'flex', flexDirection: 'column', gap: vars.space.xl, maxInlineSize: '960px' },
]);

export const hero = style([
  reset,
  {
    display: 'flex',
    flexDirection: 'column',
    gap: vars.space.sm,
    padding: vars.space.xl,
    borderRadius: vars.radius.panel,
    background: vars.color.brandSoft,
  },
]);

export const title = style([reset, { fontSize: vars.font.sizeDisplay, fontWeight: 800 }]);

export const section = style({ display: 'flex', flexDirection: 'column', gap: vars.space.md });

export const sectionTitle = style([reset, { fontSize: vars.font.sizeLarge, fontWeight: 700 }]);

export const steps = style([
  reset,
  {
    listStyle: 'none',
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(200px, 100%), 1fr))',
    gap: vars.space.md,
    counterReset: 'lk-step',
  },
]);

export const step = style([
  reset,
  {
    display: 'flex',
    alignItems: 'center',
    gap: vars.space.sm,
    padding: vars.space.md,
    border: `1px solid ${vars.color.border}`,
    borderRadius: vars.radius.control,
    fontWeight: 600,
    counterIncrement: 'lk-step',
    selectors: {
      '&::before': {
        content: 'counter(lk-step)',
        display: 'grid',
        placeItems: 'center',
        flex: 'none',
        inlineSize: '32px',
        blockSize: '32px',
        borderRadius: '999px',
        background: vars.color.brand,
        color: vars.color.onBrand,
      },
    },
  },
]);

export const question = style([
  reset,
  {
    borderBlockEnd: `1px solid ${vars.color.border}`,
    paddingBlockEnd: vars.space.sm,
  },
]);

export const summary = style([
  reset,
  {
    // A list item keeps the disclosure triangle that says the answer opens (flex would drop it).
    display: 'list-item',
    minBlockSize: vars.size.control,
    paddingBlock: vars.space.sm,
    fontWeight: 600,
    cursor: 'pointer',
    selectors: {
      '&:focus-visible': { outline: `3px solid ${vars.color.focus}`, outlineOffset: '2px' },
    },
  },
]);
