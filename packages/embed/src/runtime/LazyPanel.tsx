import { useSignalValue } from '@loyaltykit/components';
import { useLoyalty } from '@loyaltykit/components/context';
import { useEffect, useState } from 'preact/hooks';
import type { LoadChunk } from '../shared/host.ts';
import type { HeaderImages } from './theme-options.ts';

type PanelChunk = typeof import('../chunks/panel.tsx');

/**
 * Renders the panel (with the header's images, `header`) once its chunk is
 * here. The chunk is requested on intent (see elements.tsx) or, at the
 * latest, when the panel is first opened.
 */
export function LazyPanel({ loadChunk, header }: { loadChunk: LoadChunk; header: HeaderImages }) {
  const { model, i18n } = useLoyalty();
  const open = useSignalValue(model.panelOpen);
  const [chunk, setChunk] = useState<PanelChunk | undefined>(undefined);

  useEffect(() => {
    if (!open || chunk) return;
    loadChunk<PanelChunk>('panel').then(
      (loaded) => setChunk(loaded),
      (error: unknown) => {
        console.warn('[LoyaltyKit] The panel widget could not be loaded:', error);
        model.closePanel();
      },
    );
  }, [open, chunk, loadChunk, model]);

  if (!chunk) return null;
  // The English panel messages come with the chunk; idempotent, and it covers a later setLocale('en').
  i18n.fill(chunk.enPanel);
  return <chunk.Panel {...header} />;
}
