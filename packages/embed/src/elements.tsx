import { Launcher, LoyaltyScope } from '@loyaltykit/components';
import type { I18n, LoyaltyEvent, LoyaltyModel } from '@loyaltykit/core';
import { render } from 'preact';
import type { LoadChunk } from './chunk-loader.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { LazyPanel } from './LazyPanel.tsx';

/** What every custom element on the page shares. */
export interface Runtime {
  model: LoyaltyModel;
  i18n: I18n;
  /** Component styles and theme variables, adopted by every shadow root. */
  sheets: CSSStyleSheet[];
  loadChunk: LoadChunk;
  /** Tells the host page: `loyalty:*` DOM events. */
  onEvent: (event: LoyaltyEvent) => void;
}

/**
 * Defines `<loyalty-launcher>`: the launcher button and its panel in an open
 * shadow root. A name already taken (another copy, another vendor) is left
 * alone with a warning. `repaint()` renders every connected element again,
 * after the runtime changed (another locale).
 */
export function defineElements(runtime: Runtime): { repaint(): void } {
  const connected = new Set<LoyaltyLauncherElement>();
  const prefetchPanel = () => {
    runtime.loadChunk('panel').catch(() => {
      // Intent only: the open itself retries and reports.
    });
  };

  class LoyaltyLauncherElement extends HTMLElement {
    connectedCallback() {
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = runtime.sheets;
      this.addEventListener('pointerenter', prefetchPanel, { once: true });
      this.addEventListener('focusin', prefetchPanel, { once: true });
      connected.add(this);
      this.paint();
    }

    paint() {
      render(
        <ErrorBoundary>
          <LoyaltyScope model={runtime.model} i18n={runtime.i18n} onEvent={runtime.onEvent}>
            <Launcher />
            <LazyPanel loadChunk={runtime.loadChunk} />
          </LoyaltyScope>
        </ErrorBoundary>,
        this.shadowRoot as ShadowRoot,
      );
    }

    disconnectedCallback() {
      connected.delete(this);
      if (this.shadowRoot) render(null, this.shadowRoot);
    }
  }

  if (customElements.get('loyalty-launcher')) {
    console.warn(
      '[LoyaltyKit] <loyalty-launcher> is already defined on this page; not redefining it.',
    );
  } else {
    customElements.define('loyalty-launcher', LoyaltyLauncherElement);
  }
  return {
    repaint: () => {
      for (const element of connected) element.paint();
    },
  };
}
