import { Launcher, LoyaltyScope } from '@loyaltykit/components';
import type { I18n, LoyaltyEvent, LoyaltyModel } from '@loyaltykit/core';
import { type ComponentChild, type ComponentType, render } from 'preact';
import type { LoadChunk } from './chunk-loader.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { LazyPanel } from './LazyPanel.tsx';
import { LAZY_WIDGETS } from './widget-table.ts';
import { LazyWidget, pasted } from './widgets.tsx';

/** What every custom element on the page shares. */
export interface Runtime {
  model: LoyaltyModel;
  i18n: I18n;
  /** Component styles and theme variables, adopted by every shadow root. */
  sheets: CSSStyleSheet[];
  /** The script tag's CSP nonce, for a `<style>` where the sheets cannot be adopted. */
  nonce?: string;
  loadChunk: LoadChunk;
  /** Tells the host page: `loyalty:*` DOM events. */
  onEvent: (event: LoyaltyEvent) => void;
  /** The currency of prices given without one (`data-currency`, else the programme's). */
  currency: () => string | undefined;
  /** False until the theme and the locale's messages are here: until then only placeholders render. */
  ready: boolean;
  /** The launcher's nudge, from the backend chunk once it is here. */
  Nudge?: ComponentType;
}

/**
 * Elements whose shadow root refused the sheets: a page that broke
 * `adoptedStyleSheets` (an old polyfill, a script guarding shadow roots). They
 * carry the same rules in a `<style>` of their own, with the script's nonce.
 */
const unadopted = new Set<{ paint(): void }>();

/** Paints the elements of {@link unadopted} again after a sheet changed, so their `<style>` follows. */
export const restyle = () => {
  for (const element of unadopted) element.paint();
};

/** What an element shows, read from its attributes on every paint. */
type Content = (element: HTMLElement) => ComponentChild;

/**
 * Defines the widgets' custom elements, each rendering into its own open
 * shadow root that adopts the shared sheets: `<loyalty-launcher>` (launcher and
 * panel) and `<loyalty-product-points>`. Elements the host adds later (SPA
 * navigation, infinite scroll) upgrade by themselves. A name already taken
 * (another copy, another vendor) is left alone with a warning. `repaint()`
 * renders every connected element again after the runtime changed (locale).
 */
export function defineElements(runtime: Runtime): { repaint(): void } {
  const connected = new Set<{ paint(): void }>();

  function define(
    name: string,
    content: Content,
    observed: readonly string[] = [],
    onConnect?: (element: HTMLElement) => void,
  ) {
    if (customElements.get(name)) {
      console.warn(`[LoyaltyKit] <${name}> is already defined on this page; left alone.`);
      return;
    }
    customElements.define(
      name,
      class extends HTMLElement {
        static observedAttributes = observed;

        connectedCallback() {
          const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
          // A pasted snippet (declarative shadow root, e.g. the landing section) waits aside,
          // so Preact's first render does not reuse its nodes; the placeholder shows it again.
          if (root.firstChild && !pasted.has(this)) {
            pasted.set(this, [...root.childNodes]);
            root.replaceChildren();
          }
          try {
            root.adoptedStyleSheets = runtime.sheets;
          } catch {
            unadopted.add(this);
          }
          onConnect?.(this);
          connected.add(this);
          this.paint();
        }

        attributeChangedCallback() {
          // Variant pickers change price and quantity: the same element shows the new numbers.
          if (connected.has(this)) this.paint();
        }

        disconnectedCallback() {
          connected.delete(this);
          unadopted.delete(this);
          if (this.shadowRoot) render(null, this.shadowRoot);
        }

        paint() {
          render(
            <ErrorBoundary>
              <LoyaltyScope model={runtime.model} i18n={runtime.i18n} onEvent={runtime.onEvent}>
                {content(this)}
              </LoyaltyScope>
              {unadopted.has(this) && (
                <style nonce={runtime.nonce}>
                  {runtime.sheets.map((sheet) =>
                    Array.from(sheet.cssRules, (rule) => rule.cssText).join(''),
                  )}
                </style>
              )}
            </ErrorBoundary>,
            this.shadowRoot as ShadowRoot,
          );
        }
      },
    );
  }

  const prefetchPanel = () => {
    runtime.loadChunk('panel').catch(() => {
      // Intent only: the open itself retries and reports.
    });
  };
  define(
    'loyalty-launcher',
    () =>
      runtime.ready && (
        <>
          <Launcher />
          <LazyPanel loadChunk={runtime.loadChunk} />
          {runtime.Nudge && <runtime.Nudge />}
        </>
      ),
    [],
    (element) => {
      element.addEventListener('pointerenter', prefetchPanel, { once: true });
      element.addEventListener('focusin', prefetchPanel, { once: true });
    },
  );
  for (const [name, { chunk, attributes, room }] of Object.entries(LAZY_WIDGETS)) {
    define(
      name,
      (element) => <LazyWidget chunk={chunk} room={room} element={element} runtime={runtime} />,
      attributes,
    );
  }

  return {
    repaint: () => {
      for (const element of connected) element.paint();
    },
  };
}
