import { Launcher, LoyaltyScope } from '@loyaltykit/components';
import {
  type I18n,
  type LoyaltyEvent,
  type LoyaltyModel,
  writesPlainEnglish,
} from '@loyaltykit/core';
import { type ComponentChild, render } from 'preact';
import type { ChunkName } from '../shared/chunk-names.ts';
import type { Host } from '../shared/host.ts';
import { ROOM_ATTRIBUTE } from '../shared/widget-table.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { LazyPanel } from './LazyPanel.tsx';
import { LazyWidget, loadWidgetChunk, widgetChunks } from './LazyWidget.tsx';
import { LauncherLayer } from './launcher-layer.tsx';
import type { ViewportWatch } from './near-viewport.ts';
import { ScriptNudge } from './nudge.tsx';
import { contents as ownEmbeds } from './product-points.tsx';
import type { HeaderImages } from './theme-options.ts';

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
  /** Which embeds are near the viewport: the runtime's own render only then. */
  near: ViewportWatch;
  /** The panel header's logo and image (`data-logo-url`, `data-header-image`). */
  header: HeaderImages;
}

/** Shells painted since they last connected. */
const painted = new WeakSet<HTMLElement>();
/** Shells still showing what the merchant pasted (the landing snippet), until their live content is ready. */
const pasted = new WeakSet<HTMLElement>();
const listening = new WeakSet<HTMLElement>();

/** What a shell shows: the launcher (with the panel once asked for), or an inline embed. */
function content(element: HTMLElement, runtime: Runtime): ComponentChild {
  if (element.localName !== 'loyalty-launcher') {
    // The runtime's own embeds (product points) render as they are; the others wait for their chunk.
    const own = ownEmbeds[element.localName];
    return own ? own(element, runtime, 0) : <LazyWidget element={element} runtime={runtime} />;
  }
  if (!listening.has(element)) {
    listening.add(element);
    // Intent: the panel's chunk is on its way before the click (only intent: the open itself
    // retries and reports). While it downloads, the page's first date formatter, which the panel
    // needs at once: the first Intl formatter on a page loads the locale's data (70–130 ms at 4x),
    // the longest part of a cold open, and no widget on a product page has needed one yet. In a
    // task of its own, so a click that follows at once is handled first. Plain English needs none.
    const prefetch = () => {
      runtime.host.loadChunk('panel').catch(() => undefined);
      const { tag } = runtime.i18n;
      if (!writesPlainEnglish(tag)) {
        setTimeout(() => new Intl.DateTimeFormat(tag, { dateStyle: 'medium' }).format(0));
      }
    };
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
      <LazyPanel loadChunk={runtime.host.loadChunk} header={runtime.header} />
    </>
  );
}

/**
 * Whether a shell with a pasted snippet can show its live content: its chunk
 * and the shopper are here (a "Loading…" line between the two would move the
 * page). Until then the snippet stays as pasted, untouched; its chunk is
 * asked for, and the shell painted again when it comes. A chunk that cannot
 * load leaves the snippet for good.
 */
function liveReady(element: HTMLElement, runtime: Runtime): boolean {
  const { chunk }: { chunk?: ChunkName; room: number } =
    runtime.host.widgets[element.localName as keyof Runtime['host']['widgets']];
  const { model } = runtime;
  if (chunk && !widgetChunks.has(chunk)) {
    loadWidgetChunk(runtime, chunk).then(
      () => runtime.host.paint(element),
      () => undefined,
    );
    return false;
  }
  return Boolean(model.program.peek()) && model.customer.peek() !== undefined;
}

/**
 * Whether an embed of the runtime's own (product points) keeps its shell's
 * room a while longer: until the programme and the shopper are known, and
 * it is near the viewport. Rendered before the data, it would render twice:
 * a loading row no different from the room, then, when the answer comes,
 * every embed on the page at once, in one long task; rendered when the data
 * is here, it goes through the painter's slices, once. Offscreen embeds of a
 * long grid render as the shopper scrolls towards them.
 */
function holds(element: HTMLElement, runtime: Runtime): boolean {
  if (!ownEmbeds[element.localName]) return false;
  const { model } = runtime;
  // Watched from the first paint on, so a near embed is known to be near when the data comes.
  const near = runtime.near.isNear(element);
  const known = (model.program.peek() && model.customer.peek() !== undefined) || model.error.peek();
  return !near || !known;
}

/** Connected shells not painted yet: embeds waiting for their data or to come near, pasted snippets waiting for their live content. */
export const waiting = (host: Host) =>
  [...host.connected].filter((element) => !painted.has(element));

/**
 * Renders a shell from its attributes (or empties one that left the page);
 * true when it rendered content. The first paint takes aside what the entry
 * put in its shadow root (the room placeholder); a snippet the merchant
 * pasted stays on screen as it is until the live content replaces it, in one
 * paint; the runtime's own embeds wait for their data and the viewport
 * ({@link holds}).
 */
export function paint(element: HTMLElement, runtime: Runtime): boolean {
  const root = element.shadowRoot as ShadowRoot;
  const { host } = runtime;
  if (!host.connected.has(element)) {
    render(null, root);
    painted.delete(element);
    runtime.near.forget(element);
    return false;
  }
  if (!painted.has(element)) {
    if (holds(element, runtime)) return false;
    // The entry's room placeholder is alone in a root it found empty; anything else was pasted.
    const room = root.firstChild instanceof Element && root.firstChild.hasAttribute(ROOM_ATTRIBUTE);
    if (root.childNodes.length > (room ? 1 : 0)) pasted.add(element);
    if (pasted.has(element) && !liveReady(element, runtime)) return false;
    if (pasted.delete(element)) host.adopt(element);
    // Preact must not reuse what it did not render.
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
  return true;
}
