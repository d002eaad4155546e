import { defaultTokens, type ThemeTokens } from './tokens.ts';

/** `brandColor` → `data-brand-color`: the rule the script tag reads attributes by. */
export const tokenAttribute = (key: string): string =>
  `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * The script-tag attributes for a theme: the brand colour always, every other
 * token only where it differs from the default, so a pasted tag stays short.
 *
 * @example
 * ```ts
 * themeAttributes({ brandColor: '#7c3aed', shape: 'pill' });
 * // [['data-brand-color', '#7c3aed'], ['data-shape', 'pill']]
 * ```
 */
export function themeAttributes(tokens: Partial<ThemeTokens>): [string, string][] {
  const theme = { ...defaultTokens, ...tokens };
  return (Object.keys(defaultTokens) as (keyof ThemeTokens)[])
    .filter((key) => key === 'brandColor' || theme[key] !== defaultTokens[key])
    .map((key) => [tokenAttribute(key), String(theme[key])]);
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** A complete `<script>` tag a merchant can paste, with placeholders for their API settings. */
export function scriptTag(tokens: Partial<ThemeTokens>): string {
  const attributes = [
    ['src', 'https://cdn.example.com/loyaltykit/loyaltykit.js'],
    ['data-api-url', 'https://loyalty.example.com'],
    ['data-publishable-key', 'pk_live_…'],
    ...themeAttributes(tokens),
  ];
  const lines = attributes.map(
    ([name, value]) => `        ${name}="${escapeAttribute(value ?? '')}"`,
  );
  return `<script async\n${lines.join('\n')}></script>`;
}
