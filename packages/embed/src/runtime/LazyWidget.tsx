import type { Catalog } from '@loyaltykit/core';
import { type ComponentChild, Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ChunkName } from '../shared/chunk-names.ts';
import type { Runtime } from './paint.tsx';

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

/** Widget chunks already here, by name: an embed painted after its chunk arrived renders it at once. */
export const widgetChunks = new Map<ChunkName, WidgetChunk>();

/** A widget chunk, loaded once and kept in {@link widgetChunks}. */
export const loadWidgetChunk = (runtime: Runtime, chunk: ChunkName) =>
  runtime.host.loadChunk<WidgetChunk>(chunk).then(
    (loaded) => {
      widgetChunks.set(chunk, loaded);
      return loaded;
    },
    (error: unknown) => {
      console.warn(`[LoyaltyKit] The ${chunk} widget could not be loaded:`, error);
      throw error;
    },
  );

/**
 * An embed of a chunk's (not the runtime's own product points): shows a
 * placeholder (holding the embed's room, so the shop does not move) until the
 * widget's chunk is here, then the chunk's content. A chunk that
 * cannot load leaves nothing behind: the shop's page is whole without us.
 * (A pasted snippet is not rendered here: it stays as the merchant pasted it
 * until its live content is ready; see paint.tsx.)
 */
export function LazyWidget({ element, runtime }: { element: HTMLElement; runtime: Runtime }) {
  const { chunk, room } = runtime.host.widgets[
    element.localName as keyof typeof runtime.host.widgets
  ] as { chunk: ChunkName; room: number };
  const [loaded, setLoaded] = useState<WidgetChunk | null | undefined>(widgetChunks.get(chunk));
  useEffect(() => {
    if (loaded) return;
    loadWidgetChunk(runtime, chunk).then(setLoaded, () => setLoaded(null));
  }, [chunk, runtime, loaded]);
  if (loaded === undefined) {
    return <div style={{ minBlockSize: `${room}px` }} aria-hidden="true" />;
  }
  // Idempotent, and it also covers a later setLocale('en').
  if (loaded?.messages) runtime.i18n.fill(loaded.messages);
  return <Fragment>{loaded?.contents[element.localName]?.(element, runtime, room)}</Fragment>;
}
