// Renders a story the way the script tag renders a widget: inside an open
// shadow root that adopts one sheet of component CSS and one `:host` theme rule
// (packages/embed/src/loyaltykit.ts), so designers see what ships.
import { backgroundBehind, type Rgb, type ThemeTokens, themeCss } from '@loyaltykit/theme';
import type { ComponentChildren } from 'preact';
import { createPortal } from 'preact/compat';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';

/** Marks the host element, so play functions can find the shadow root (see play.ts). */
export const STORY_HOST_ATTRIBUTE = 'data-lk-story-host';

/**
 * Every rule the page has loaded, as one constructable sheet. In Storybook
 * vanilla-extract puts component CSS in the document (`<style>` in dev, a
 * `<link>` in the static build) instead of the inlined string the script tag
 * carries; copying the rules into the shadow root gives the same cascade. The
 * sheet is rebuilt whenever styles are added (lazy stories, hot reload).
 */
function useDocumentStyles(): CSSStyleSheet {
  const sheet = useMemo(() => new CSSStyleSheet(), []);
  useLayoutEffect(() => {
    const copy = () => {
      const rules = [...document.styleSheets].flatMap((source) => {
        try {
          return [...source.cssRules].map((rule) => rule.cssText);
        } catch {
          return []; // a cross-origin sheet (Storybook's own fonts); nothing of ours
        }
      });
      sheet.replaceSync(rules.join('\n'));
    };
    copy();
    const observer = new MutationObserver(copy);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    // A new <link> has no rules until it loads.
    document.addEventListener('load', copy, true);
    return () => {
      observer.disconnect();
      document.removeEventListener('load', copy, true);
    };
  }, [sheet]);
  return sheet;
}

/**
 * A shadow host with the components' CSS and `theme` applied as `:host`
 * variables. An `inline` host derives the theme for the background found
 * behind it, as the script tag does for an inline embed
 * (packages/embed/src/runtime/surface.ts).
 */
export function ShadowHost({
  theme,
  inline = false,
  children,
}: {
  theme: Partial<ThemeTokens>;
  inline?: boolean;
  children: ComponentChildren;
}) {
  const [host, setHost] = useState<HTMLElement | null>(null);
  const [root, setRoot] = useState<ShadowRoot | null>(null);
  const [surface, setSurface] = useState<Rgb | undefined>();
  const components = useDocumentStyles();
  const themeSheet = useMemo(() => new CSSStyleSheet(), []);

  useLayoutEffect(() => {
    if (host) setRoot(host.shadowRoot ?? host.attachShadow({ mode: 'open' }));
  }, [host]);

  // Measured once the page around the host is styled: a frame after mounting.
  useEffect(() => {
    if (!host || !inline) return;
    const frame = requestAnimationFrame(() => setSurface(backgroundBehind(host)));
    return () => cancelAnimationFrame(frame);
  }, [host, inline]);

  // Like `setTheme` would: only the theme sheet's text changes, nothing re-renders.
  useEffect(() => {
    themeSheet.replaceSync(themeCss(theme, ':host', surface));
  }, [themeSheet, theme, surface]);

  useLayoutEffect(() => {
    if (root) root.adoptedStyleSheets = [components, themeSheet];
  }, [root, components, themeSheet]);

  return (
    <div {...{ [STORY_HOST_ATTRIBUTE]: '' }} ref={setHost}>
      {root && createPortal(children, root)}
    </div>
  );
}
