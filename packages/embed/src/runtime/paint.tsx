import { Launcher, LoyaltyScope } from '@loyaltykit/components';
import type { I18n, LoyaltyEvent, LoyaltyModel } from '@loyaltykit/core';
import { type ComponentChild, render } from 'preact';
import type { Host } from '../shared/host.ts';
import { ROOM_ATTRIBUTE } from '../shared/widget-table.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { LazyPanel } from './LazyPanel.tsx';
import { LazyWidget, pasted } from './LazyWidget.tsx';
import { LauncherLayer } from './launcher-layer.tsx';
import { ScriptNudge } from './nudge.tsx';

/** What every widget on the page shares. */
export interface Runtime {
  host: Host;
  model: LoyaltyModel;
  i18n: I18n;
  /** Tells the host page: `loyalty:*` DOM events. */
  onEvent: (event: LoyaltyEvent) => void;
  /** The currency of prices given without one (`data-currency`, else the programme's). */
  currency: () => string | undefined;
  /** Whether the launcher has its nudge (`data-nudge`). */
  nudge: boolean;
  /** The launcher button (`data-launcher="off"`: none, the panel opens from the page's own button). */
  launcher: boolean;
  /** Page elements the launcher steps aside for while they are on screen (`data-launcher-avoid`). */
  launcherAvoid: string | undefined;
}

/** Shells painted since they last connected. */
const painted = new WeakSet<HTMLElement>();
const listening = new WeakSet<HTMLElement>();

/** What a shell shows: the launcher (with the panel once asked for), or an inline embed. */
function content(element: HTMLElement, runtime: Runtime): ComponentChild {
  if (element.localName !== 'loyalty-launcher') {
    return <LazyWidget element={element} runtime={runtime} />;
  }
  if (!listening.has(element)) {
    listening.add(element);
    // Intent: the panel's chunk is on its way before the click. Only intent: the open itself retries and reports.
    const prefetch = () => runtime.host.loadChunk('panel').catch(() => undefined);
    element.addEventListener('pointerenter', prefetch, { once: true });
    element.addEventListener('focusin', prefetch, { once: true });
  }
  return (
    <>
      {/* First, so it is in the top layer before the panel is. */}
      {runtime.launcher && (
        <LauncherLayer avoid={runtime.launcherAvoid}>
          <Launcher />
          {runtime.nudge && <ScriptNudge loadChunk={runtime.host.loadChunk} />}
        </LauncherLayer>
      )}
      <LazyPanel loadChunk={runtime.host.loadChunk} />
    </>
  );
}

/**
 * Renders a shell from its attributes (or empties one that left the page).
 * The first paint takes aside what the entry or the merchant put in its
 * shadow root: the entry's room placeholder goes, a pasted snippet waits in
 * {@link pasted} so Preact does not reuse its nodes, and the embed shows it
 * again until its live content is ready.
 */
export function paint(element: HTMLElement, runtime: Runtime): void {
  const root = element.shadowRoot as ShadowRoot;
  const { host } = runtime;
  if (!host.connected.has(element)) {
    render(null, root);
    painted.delete(element);
    return;
  }
  if (!painted.has(element)) {
    const kept = [...root.childNodes].filter(
      (node) => !(node instanceof Element && node.hasAttribute(ROOM_ATTRIBUTE)),
    );
    if (kept.length > 0) pasted.set(element, kept);
    root.replaceChildren();
  }
  render(
    <ErrorBoundary>
      <LoyaltyScope model={runtime.model} i18n={runtime.i18n} onEvent={runtime.onEvent}>
        {content(element, runtime)}
      </LoyaltyScope>
      {host.unadopted.has(element) && (
        <style nonce={host.nonce}>
          {host.sheets.map((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText).join(''))}
        </style>
      )}
    </ErrorBoundary>,
    root,
  );
  painted.add(element);
}
