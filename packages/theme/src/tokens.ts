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
/** What the launcher shows: its icon and label, the icon alone (a round button), or the label alone. */
export const LAUNCHER_STYLES = ['icon-label', 'icon', 'label'] as const;
/** How far the launcher and panel lift off the page: no shadow, the default, or a deeper one. */
export const ELEVATIONS = ['flat', 'raised', 'floating'] as const;
/**
 * The launcher's distance from its corner, in whole px, from the page side and
 * the bottom: enough range to clear a chat bubble or a sticky "Add to cart" bar,
 * never off screen. The resolver clamps to it; the script tag rejects values outside it.
 */
export const LAUNCHER_OFFSET_RANGE = [0, 160] as const;

export interface ThemeTokens {
  /** Any CSS hex colour; text colours are corrected for contrast automatically. */
  brandColor: string;
  scheme: (typeof SCHEMES)[number];
  shape: (typeof SHAPES)[number];
  size: (typeof SIZES)[number];
  /** Which bottom corner, in the reading direction: mirrored for right-to-left locales. */
  launcherPosition: (typeof LAUNCHER_POSITIONS)[number];
  /** Icon-only launchers keep their label as the accessible name. */
  launcherStyle: (typeof LAUNCHER_STYLES)[number];
  /** px from the page side of the launcher's corner (see {@link LAUNCHER_OFFSET_RANGE}). */
  launcherOffsetX: number;
  /** px from the bottom of the page (see {@link LAUNCHER_OFFSET_RANGE}). */
  launcherOffsetY: number;
  /** Shadows of the launcher and the panel. */
  elevation: (typeof ELEVATIONS)[number];
  fontFamily: string;
}

export const defaultTokens: ThemeTokens = {
  brandColor: '#0e7490',
  scheme: 'light',
  shape: 'rounded',
  size: 'regular',
  launcherPosition: 'bottom-right',
  launcherStyle: 'icon-label',
  launcherOffsetX: 20,
  launcherOffsetY: 20,
  elevation: 'raised',
  // The platform's UI font, which falls back per script (Thai, Hangul, Arabic) by itself.
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
};
