import {
  backgroundBehind,
  isDark,
  type Rgb,
  type ThemeTokens,
  themeCss,
  toHex,
} from '@loyaltykit/theme';
import type { Host } from '../shared/host.ts';

/**
 * Set on every inline embed: the background found behind it (`#212529`), or
 * `image` where an image or gradient is in the way. The theme sheet has a
 * rule per value, so embeds on the same background share it, and merchant
 * CSS on the element still overrides any `--lk-*` variable.
 */
export const SURFACE_ATTRIBUTE = 'data-lk-surface';

/**
 * The theme sheet's text, and the backgrounds behind the inline embeds. Each
 * paint asks for its element to be measured; the next frame measures every
 * element asked for in one pass (all style reads, shared ancestors read once,
 * then the writes), so 480 embeds cost one style recalc, not 480. Text colours
 * are then derived for each background (resolveTheme's guarantee, on the
 * host's own colour); behind an image the embed draws the scheme's surface
 * under its content. With `scheme: 'auto'` the launcher and panel follow the
 * page's background (`prefers-color-scheme` only where it is an image), and
 * the page is measured again when the shopper's preference changes or the
 * page changes `<html>` or `<body>` (a theme's dark-mode switch).
 */
export function createSurfaces(host: Host, tokens: () => Partial<ThemeTokens>) {
  const due = new Set<HTMLElement>();
  const found = new Map<string, Rgb | undefined>();
  let page: ThemeTokens['scheme'] | undefined;
  let queued = false;

  // The :host rule, kept while the tokens (setTheme replaces them) and the scheme it follows stay:
  // a write for a newly found background then resolves that background alone.
  let kept: { theme?: Partial<ThemeTokens>; page?: typeof page; css?: string } = {};

  function write() {
    const theme = tokens();
    // Only `auto` follows the page.
    const scheme = theme.scheme === 'auto' ? page : undefined;
    if (kept.theme !== theme || kept.page !== scheme) {
      kept = { theme, page: scheme, css: themeCss(scheme ? { ...theme, scheme } : theme) };
    }
    // On a light page theme, a white background is the theme's own surface: its rule would
    // repeat :host's, value for value (the resolver derives both from white).
    const same =
      (theme.scheme === 'auto' ? page : (theme.scheme ?? 'light')) === 'light' && '#ffffff';
    host.sheets[1].replaceSync(
      kept.css +
        [...found]
          .map(([key, surface]) => {
            if (key === same) return '';
            const selector = `:host([${SURFACE_ATTRIBUTE}="${key}"])`;
            // Inside our own box, never over the page's content beside it.
            return surface
              ? themeCss(theme, selector, surface)
              : `${selector}>*{background:var(--lk-color-surface);padding-inline:var(--lk-space-sm);border-radius:var(--lk-radius-control)}`;
          })
          .join(''),
    );
    for (const element of host.unadopted) host.paint(element);
  }

  function measure() {
    queued = false;
    const seen = new Map<Element, Rgb | undefined>();
    const ground = backgroundBehind(document.body ?? document.documentElement, seen);
    const scheme = ground && (isDark(ground) ? 'dark' : 'light');
    let changed = scheme !== page;
    page = scheme;
    const keys = [...due]
      .filter((element) => host.connected.has(element))
      .map((element) => {
        const surface = backgroundBehind(element, seen);
        const key = surface ? toHex(surface) : 'image';
        changed ||= !found.has(key);
        found.set(key, surface);
        return [element, key] as const;
      });
    due.clear();
    for (const [element, key] of keys) {
      if (element.getAttribute(SURFACE_ATTRIBUTE) !== key)
        element.setAttribute(SURFACE_ATTRIBUTE, key);
    }
    if (changed) write();
  }

  /** Measures `element` in the next frame; the launcher only has the page measured. */
  function schedule(element: HTMLElement) {
    if (element.localName !== 'loyalty-launcher') due.add(element);
    if (!queued) requestAnimationFrame(measure);
    queued = true;
  }
  // The launcher is always connected, so the page is measured too.
  const everything = () => {
    for (const element of host.connected) schedule(element);
  };
  matchMedia('(prefers-color-scheme:dark)').addEventListener('change', everything);
  const observer = new MutationObserver(everything);
  for (const node of [document.documentElement, document.body]) {
    if (node) observer.observe(node, { attributes: true });
  }
  return { write, schedule };
}
