import { createGlobalThemeContract } from '@vanilla-extract/css';

/**
 * The theme contract: every style in Loyalty Kit reads these variables and
 * nothing else. The names are stable public API (`--lk-color-brand`, …):
 * merchants override them with plain CSS on our elements.
 */
export const vars = createGlobalThemeContract(
  {
    color: {
      brand: 'color-brand',
      brandHover: 'color-brand-hover',
      onBrand: 'color-on-brand',
      brandText: 'color-brand-text',
      brandSoft: 'color-brand-soft',
      surface: 'color-surface',
      surfaceMuted: 'color-surface-muted',
      text: 'color-text',
      textMuted: 'color-text-muted',
      border: 'color-border',
      focus: 'color-focus',
      critical: 'color-critical',
      backdrop: 'color-backdrop',
    },
    radius: { control: 'radius-control', panel: 'radius-panel', launcher: 'radius-launcher' },
    space: { xs: 'space-xs', sm: 'space-sm', md: 'space-md', lg: 'space-lg', xl: 'space-xl' },
    size: { control: 'size-control', launcher: 'size-launcher', panelWidth: 'size-panel-width' },
    font: {
      family: 'font-family',
      sizeSmall: 'font-size-small',
      sizeBody: 'font-size-body',
      sizeLarge: 'font-size-large',
      sizeDisplay: 'font-size-display',
    },
    shadow: { raised: 'shadow-raised', panel: 'shadow-panel' },
    launcher: {
      insetBlockEnd: 'launcher-inset-block-end',
      insetInlineStart: 'launcher-inset-inline-start',
      insetInlineEnd: 'launcher-inset-inline-end',
    },
  },
  (name) => `lk-${name}`,
);
