/**
 * The stylesheet of every component (and the theme's reset), as text, for a
 * constructable stylesheet in your own shadow roots. The published build
 * replaces this placeholder with the compiled CSS, the same rules as
 * `@loyaltykit/components/styles.css` (vite.library.ts); inside this
 * repository vanilla-extract styles the components instead.
 *
 * @example
 * ```ts
 * import { css } from '@loyaltykit/components/styles';
 * const sheet = new CSSStyleSheet();
 * sheet.replaceSync(css);
 * shadowRoot.adoptedStyleSheets = [sheet];
 * ```
 */
export const css: string = '__LK_PACKAGE_CSS__';
