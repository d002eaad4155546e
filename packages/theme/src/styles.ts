/**
 * The stylesheet of the theme (its reset and `:host` base), as text, for a
 * constructable stylesheet in your own shadow roots. The published build
 * replaces this placeholder with the compiled CSS, the same rules as
 * `@loyaltykit/theme/styles.css` (vite.library.ts); inside this
 * repository vanilla-extract compiles it.
 *
 * @example
 * ```ts
 * import { css } from '@loyaltykit/theme/styles';
 * const sheet = new CSSStyleSheet();
 * sheet.replaceSync(css);
 * shadowRoot.adoptedStyleSheets = [sheet];
 * ```
 */
export const css: string = '__LK_PACKAGE_CSS__';
