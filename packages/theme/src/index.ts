// biome-ignore-all assist/source/organizeImports: contrast.ts is exported after reset.css.ts on purpose: exported earlier, the bundler evaluates the colour maths before the reset module and the script tag's entry compresses ~50 B worse (measured with `pnpm size`).
export { contrast, ensureContrast, isDark, parseHex, type Rgb, toHex } from './color.ts';
export { vars } from './contract.css.ts';
export { parseFontFamily } from './font.ts';
export { scriptTag, themeAttributes, tokenAttribute } from './export.ts';
export type { ResolvedTheme } from './names.ts';
export { reset, root } from './reset.css.ts';

export { type ContrastCheck, contrastChecks } from './contrast.ts';
export { AA_TEXT, AA_UI, resolveTheme, themeCss, themeToProperties } from './resolve.ts';
export {
  defaultTokens,
  ELEVATIONS,
  LAUNCHER_OFFSET_RANGE,
  LAUNCHER_POSITIONS,
  LAUNCHER_STYLES,
  SCHEMES,
  SHAPES,
  SIZES,
  type ThemeTokens,
} from './tokens.ts';
export { backgroundBehind } from './background.ts';
export {
  HEADER_AWAY,
  HEADER_GRADIENT,
  HEADER_IMAGE_GRADIENT,
  HEADER_IMAGE_OPACITY,
  headerColours,
  headerContrast,
  headerGradient,
} from './header.ts';
