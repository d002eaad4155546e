export { contrast, ensureContrast, parseHex, type Rgb, toHex } from './color.ts';
export { vars } from './contract.css.ts';
export type { ResolvedTheme } from './names.ts';
export { reset, root } from './reset.css.ts';
export { resolveTheme, themeToProperties } from './resolve.ts';
export {
  defaultTokens,
  LAUNCHER_POSITIONS,
  SCHEMES,
  SHAPES,
  SIZES,
  type ThemeTokens,
} from './tokens.ts';
