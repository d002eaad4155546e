import { type ComponentChild, Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ChunkName } from './chunk-names.ts';
import type { Runtime } from './elements.tsx';

/** What an embed shows, read from its element's attributes on every paint. */
export type WidgetContent = (element: HTMLElement, runtime: Runtime) => ComponentChild;

/** Embeds whose content arrives in a chunk of their own: element name → chunk and observed attributes. */
export const LAZY_WIDGETS = {
  'loyalty-product-points': {
    chunk: 'product-points',
    attributes: ['product-id', 'price', 'currency', 'quantity', 'collections'],
  },
} as const satisfies Record<string, { chunk: ChunkName; attributes: readonly string[] }>;

/**
 * Shows `placeholder` (holding the embed's space, so the shop does not move)
 * until the widget's chunk is here, then the chunk's content. A chunk that
 * cannot load leaves nothing behind: the shop's page is whole without us.
 */
export function LazyWidget({
  chunk,
  element,
  runtime,
}: {
  chunk: ChunkName;
  element: HTMLElement;
  runtime: Runtime;
}) {
  const [loaded, setLoaded] = useState<{ content: WidgetContent } | null | undefined>(undefined);
  useEffect(() => {
    runtime.loadChunk<{ content: WidgetContent }>(chunk).then(setLoaded, (error: unknown) => {
      console.warn(`[LoyaltyKit] The ${chunk} widget could not be loaded:`, error);
      setLoaded(null);
    });
  }, [chunk, runtime]);
  if (loaded === undefined || !runtime.ready) {
    // The height ProductPoints' own loading row takes (one control tall), before the theme says so too.
    return <div style={{ minBlockSize: 'var(--lk-size-control, 44px)' }} aria-hidden="true" />;
  }
  return <Fragment>{loaded?.content(element, runtime)}</Fragment>;
}
