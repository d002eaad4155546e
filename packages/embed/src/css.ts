/**
 * The stylesheet of every component, as text. The build replaces this
 * placeholder with the compiled vanilla-extract CSS (build/inline-css.ts), so
 * the styles travel inside the script and land only in our shadow roots.
 */
export const CSS: string = '__LK_CSS__';
