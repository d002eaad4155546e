import { useSignalValue } from '@loyaltykit/components';
import { useLoyalty } from '@loyaltykit/components/context';
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { LoadChunk } from './chunk-loader.ts';

type PanelChunk = typeof import('./chunks/panel.ts');

/**
 * Renders the panel once its chunk is here. The chunk is requested on intent
 * (see elements.tsx) or, at the latest, when the panel is first opened.
 */
export function LazyPanel({ loadChunk }: { loadChunk: LoadChunk }) {
  const { model, i18n } = useLoyalty();
  const open = useSignalValue(model.panelOpen);
  const [Panel, setPanel] = useState<ComponentType | undefined>(undefined);

  useEffect(() => {
    if (!open || Panel) return;
    loadChunk<PanelChunk>('panel').then(
      (chunk) => {
        i18n.fill(chunk.enPanel);
        setPanel(() => chunk.Panel);
      },
      (error: unknown) => {
        console.warn('[LoyaltyKit] The panel could not be loaded:', error);
        model.closePanel();
      },
    );
  }, [open, Panel, loadChunk, model, i18n]);

  return Panel ? <Panel /> : null;
}
