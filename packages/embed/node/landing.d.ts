// The published types of `@loyaltykit/embed/landing` (dist-node/landing.d.ts).
// Written by hand, because embed bundles core and theme instead of depending
// on them: the build ships their declarations beside this file
// (dist-node/types/core, types/theme) and points these imports, written here
// as the workspace's sources, there. landing-types.test.ts proves every
// signature equal to the implementation's (node/landing-snippet.ts).
import type { Locale } from '../../core/src/i18n/translator.ts';
import type { Program } from '../../core/src/types.ts';
import type { ThemeTokens } from '../../theme/src/tokens.ts';

export type { Locale, Program, ThemeTokens };

export interface LandingSnippetOptions {
  /**
   * Language of the copy, a BCP 47 tag of a supported language (`th`,
   * `ar-EG`: its digits). Default `'en'`. `fetchLandingSnippet` asks the
   * backend for the programme's texts in it too.
   */
  locale?: string;
  /** Theme tokens, as the script tag's `data-*` theme options give them. */
  theme?: Partial<ThemeTokens>;
}

/** Where `fetchLandingSnippet` reads the programme: the Storefront API and its publishable key. */
export interface LandingApi {
  apiUrl: string;
  publishableKey: string;
  /** A `fetch` to use instead of the global one (a proxy, a test). */
  fetch?: typeof fetch;
}

/**
 * The `<loyalty-landing>` section as static HTML to paste into a page, for
 * search engines and shoppers without script: the element with a declarative
 * shadow root holding the rendered section and its styles.
 *
 * @example
 * ```ts
 * import { landingSnippet } from '@loyaltykit/embed/landing';
 * const html = landingSnippet(program, { locale: 'th', theme: { brandColor: '#b91c1c' } });
 * ```
 */
export declare function landingSnippet(program: Program, options?: LandingSnippetOptions): string;

/**
 * {@link landingSnippet} for the programme the Storefront API serves now.
 *
 * @example
 * ```ts
 * const html = await fetchLandingSnippet({ apiUrl: 'https://loyalty.example.com', publishableKey: 'pk_live_…' });
 * ```
 */
export declare function fetchLandingSnippet(
  api: LandingApi,
  options?: LandingSnippetOptions,
): Promise<string>;
