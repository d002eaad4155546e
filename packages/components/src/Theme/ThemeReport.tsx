import {
  type ContrastCheck,
  contrastChecks,
  defaultTokens,
  parseHex,
  resolveTheme,
  scriptTag,
  type ThemeTokens,
} from '@loyaltykit/theme';
import { HOST_BACKGROUNDS } from './HostPreview.tsx';
import * as css from './ThemeReport.css.ts';

/** One table of contrast checks: every guaranteed pair, its ratio and what it needs. */
function ContrastTable({ name, checks }: { name: string; checks: ContrastCheck[] }) {
  return (
    <section class={css.section} dir="ltr" lang="en" aria-label={`Contrast, ${name}`}>
      <h2 class={css.heading}>Contrast achieved ({name})</h2>
      <table class={css.table}>
        <thead>
          <tr>
            <th class={css.cell}>Foreground on background</th>
            <th class={css.cell}>Ratio</th>
            <th class={css.cell}>Needs</th>
          </tr>
        </thead>
        <tbody>
          {checks.map((check) => (
            <tr key={`${check.foreground}/${check.background}`}>
              <td class={css.cell}>
                {check.foreground} on {check.background}
              </td>
              <td class={css.cell}>{check.ratio.toFixed(2)}:1</td>
              <td class={css.cell}>
                {check.minimum}:1 {check.ratio >= check.minimum ? '✓' : '✗'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * The theme builder's side panel (Storybook only): the contrast every
 * guaranteed colour pair reached, in each scheme and on the light and dark
 * host pages the inline embeds are previewed on, and the theme to copy, as
 * script-tag attributes and as JSON (for `window.LoyaltyKitConfig` or the
 * components' `theme` prop).
 */
export function ThemeReport({ tokens }: { tokens: Partial<ThemeTokens> }) {
  const schemes = tokens.scheme === 'auto' ? (['light', 'dark'] as const) : [tokens.scheme];
  const theme = { ...defaultTokens, ...tokens };
  return (
    // Laid out in the widgets' direction, but its English copy and code read
    // left to right even when the preview is Arabic.
    <div class={css.report}>
      <section class={css.section} dir="ltr" lang="en" aria-labelledby="lk-builder-export">
        <h2 class={css.heading} id="lk-builder-export">
          Export
        </h2>
        <p class={css.note}>Paste into the storefront theme; replace the API URL and key.</p>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
        <pre class={css.code} data-testid="export-script" tabIndex={0}>
          {scriptTag(tokens)}
        </pre>
        <p class={css.note}>The same theme as JSON (window.LoyaltyKitConfig, or the theme prop):</p>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
        <pre class={css.code} data-testid="export-json" tabIndex={0}>
          {JSON.stringify(theme, null, 2)}
        </pre>
      </section>
      {schemes.map((scheme) => (
        <ContrastTable
          key={scheme}
          name={scheme ?? 'light'}
          checks={contrastChecks(resolveTheme({ ...tokens, scheme }))}
        />
      ))}
      {/* What the inline embeds beside the report reach: their theme derived for the host's colour. */}
      {HOST_BACKGROUNDS.map(({ scheme, color }) => (
        <ContrastTable
          key={color}
          name={`${scheme} host page ${color}`}
          checks={contrastChecks(resolveTheme(tokens, parseHex(color)))}
        />
      ))}
    </div>
  );
}
