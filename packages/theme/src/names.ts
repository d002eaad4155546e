/**
 * The shape of the theme and the rule that names its CSS variables. Both the
 * build-time contract (contract.css.ts) and the run-time resolver use them, so
 * the bundle never carries a table of variable names.
 */
export const THEME_SHAPE = {
  color: {
    brand: null,
    brandHover: null,
    onBrand: null,
    brandText: null,
    brandSoft: null,
    accent: null,
    surface: null,
    surfaceMuted: null,
    text: null,
    textMuted: null,
    border: null,
    focus: null,
    success: null,
    warning: null,
    critical: null,
    backdrop: null,
  },
  radius: { control: null, panel: null, launcher: null },
  space: { xs: null, sm: null, md: null, lg: null, xl: null },
  size: { control: null, launcher: null, panelWidth: null },
  font: { family: null, sizeSmall: null, sizeBody: null, sizeLarge: null, sizeDisplay: null },
  shadow: { raised: null, panel: null },
  launcher: {
    insetBlockEnd: null,
    insetInlineStart: null,
    insetInlineEnd: null,
    // The launcher style: its inline padding and the `display` of its icon and of its label.
    padding: null,
    icon: null,
    label: null,
  },
};

/** A value for every variable of the theme, grouped like `vars`. */
export type ResolvedTheme = {
  [Group in keyof typeof THEME_SHAPE]: { [Key in keyof (typeof THEME_SHAPE)[Group]]: string };
};

/** `['color', 'brandHover']` → `lk-color-brand-hover` (the public `--lk-*` name, without dashes). */
export const cssVarName = (path: string[]): string =>
  `lk-${path.join('-').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
