import { createHttpBackend, type HttpBackendOptions } from '@loyaltykit/client';
import { renderLandingHtml } from '@loyaltykit/components/landing-html';
import { createI18n, type Program } from '@loyaltykit/core';
import { type ThemeTokens, themeCss } from '@loyaltykit/theme';

/** The landing section's stylesheet; the build puts the compiled CSS here (build/inline-css.ts). */
const CSS: string = '__LK_LANDING_CSS__';

export interface LandingSnippetOptions {
  /**
   * Language of the copy, a BCP 47 tag of a supported language (`th`,
   * `ar-EG`: its digits). Default `'en'`. {@link fetchLandingSnippet} asks the
   * backend for the programme's texts in it too.
   */
  locale?: string;
  /** Theme tokens, as the script tag's `data-*` theme options give them. */
  theme?: Partial<ThemeTokens>;
}

/**
 * The `<loyalty-landing>` section as static HTML to paste into a page, for
 * search engines and shoppers without script: the element with a declarative
 * shadow root holding the rendered section and its styles, so it looks the
 * same before the script runs as after. When `loyaltykit.js` arrives it keeps
 * this markup on screen until the live section is ready, then swaps in the
 * live one in the same frame (members then see their own call to action).
 *
 * @example
 * ```ts
 * import { landingSnippet } from '@loyaltykit/embed/landing';
 * const html = landingSnippet(program, { locale: 'th', theme: { brandColor: '#b91c1c' } });
 * ```
 */
export function landingSnippet(program: Program, options: LandingSnippetOptions = {}): string {
  const style = `:host{display:block}${CSS}${themeCss(options.theme ?? {})}`;
  const section = renderLandingHtml(program, createI18n(options.locale ?? 'en'));
  return `<loyalty-landing><template shadowrootmode="open"><style>${style}</style>${section}</template></loyalty-landing>`;
}

/**
 * {@link landingSnippet} for the programme a Storefront API serves now.
 *
 * @example
 * ```ts
 * const html = await fetchLandingSnippet(
 *   { apiUrl: 'https://loyalty.example.com', publishableKey: 'pk_live_…' },
 *   { locale: 'ko' },
 * );
 * ```
 */
export async function fetchLandingSnippet(
  api: Pick<HttpBackendOptions, 'apiUrl' | 'publishableKey' | 'fetch'>,
  options: LandingSnippetOptions = {},
): Promise<string> {
  const program = await createHttpBackend({ ...api, locale: options.locale }).getProgram();
  return landingSnippet(program, options);
}
