import { useSignalValue } from '@loyaltykit/components';
import type { Catalog } from '@loyaltykit/core';
import { type ComponentChild, Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ChunkName } from '../shared/chunk-names.ts';
import type { Runtime } from './paint.tsx';
import { contents as here } from './product-points.tsx';

/**
 * What an embed shows, read from its element's attributes on every paint;
 * `room` is the height (px) its shell held (widget-table.ts).
 */
export type WidgetContent = (
  element: HTMLElement,
  runtime: Runtime,
  room: number,
) => ComponentChild;
/** A widget chunk's exports: content per element name, and English messages the runtime lacks. */
export type WidgetContents = Record<string, WidgetContent>;
type WidgetChunk = { contents: WidgetContents; messages?: Partial<Catalog> };

/**
 * What the merchant pasted into an element's declarative shadow root (the
 * landing snippet), taken aside at the first paint: it stays on screen until
 * the live content replaces it.
 */
export const pasted = new WeakMap<Element, ChildNode[]>();

/** The runtime's own embeds: no chunk to wait for. */
const inRuntime: WidgetChunk = { contents: here };

/**
 * Shows a placeholder (holding the embed's room, so the shop does not move)
 * until the widget's chunk is here, then the chunk's content. The placeholder
 * of an element with pasted markup is that markup, which also stays when the
 * chunk or the programme cannot load. Otherwise a chunk that cannot load
 * leaves nothing behind: the shop's page is whole without us.
 */
export function LazyWidget({ element, runtime }: { element: HTMLElement; runtime: Runtime }) {
  const { chunk, room }: { chunk?: ChunkName; room: number } =
    runtime.host.widgets[element.localName as keyof typeof runtime.host.widgets];
  const [loaded, setLoaded] = useState<WidgetChunk | null | undefined>(
    chunk ? undefined : inRuntime,
  );
  useEffect(() => {
    if (!chunk) return;
    runtime.host.loadChunk<WidgetChunk>(chunk).then(setLoaded, (error: unknown) => {
      console.warn(`[LoyaltyKit] The ${chunk} widget could not be loaded:`, error);
      setLoaded(null);
    });
  }, [chunk, runtime]);
  const program = useSignalValue(runtime.model.program);
  const customer = useSignalValue(runtime.model.customer);
  const kept = pasted.get(element);
  if (kept) {
    // Kept until the live content has its data too: a "Loading…" line between the two would move the page.
    // The shopper too: a programme kept from the last page comes before the member it is for.
    if (!loaded || !program || customer === undefined) {
      return <div ref={(div) => div?.append(...kept)} />;
    }
  } else if (loaded === undefined) {
    return <div style={{ minBlockSize: `${room}px` }} aria-hidden="true" />;
  }
  // Idempotent, and it also covers a later setLocale('en').
  if (loaded?.messages) runtime.i18n.fill(loaded.messages);
  return <Fragment>{loaded?.contents[element.localName]?.(element, runtime, room)}</Fragment>;
}
