/**
 * What a designer or merchant chooses. Everything else is derived (resolve.ts).
 * Each token maps to one script-tag attribute (`brandColor` → `data-brand-color`),
 * and the value lists below are reused for types, validation and story controls.
 */

/** `auto` follows the shopper's `prefers-color-scheme`. */
export const SCHEMES = ['light', 'dark', 'auto'] as const;
export const SHAPES = ['square', 'rounded', 'pill'] as const;
export const SIZES = ['compact', 'regular', 'large'] as const;
export const LAUNCHER_POSITIONS = ['bottom-right', 'bottom-left'] as const;

export interface ThemeTokens {
  /** Any CSS hex colour; text colours are corrected for contrast automatically. */
  brandColor: string;
  scheme: (typeof SCHEMES)[number];
  shape: (typeof SHAPES)[number];
  size: (typeof SIZES)[number];
  /** Which bottom corner, in the reading direction: mirrored for right-to-left locales. */
  launcherPosition: (typeof LAUNCHER_POSITIONS)[number];
  fontFamily: string;
}

export const defaultTokens: ThemeTokens = {
  brandColor: '#0e7490',
  scheme: 'light',
  shape: 'rounded',
  size: 'regular',
  launcherPosition: 'bottom-right',
  // The platform's UI font, which falls back per script (Thai, Hangul, Arabic) by itself.
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
};
