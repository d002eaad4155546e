import { useSignalValue } from '@loyaltykit/components';
import { useLoyalty } from '@loyaltykit/components/context';
import { cheapestRedeemable } from '@loyaltykit/core';
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { LoadChunk } from '../shared/host.ts';

/** When this browser last saw a nudge (ms since the epoch), kept by the script tag. */
const LAST_SHOWN = 'loyaltykit:nudged';
/** At most one nudge every three days: a reminder, not a nag. */
const GAP_MS = 3 * 24 * 60 * 60 * 1000;
/** Not while the shopper takes in the page (the component's own default wait). */
const DELAY_MS = 4000;

/** Whether a nudge may show in this browser now. Without storage (blocked, private modes that throw) never: better silent than on every page. */
function allowed(): boolean {
  try {
    return Date.now() - Number(localStorage.getItem(LAST_SHOWN)) > GAP_MS;
  } catch {
    return false;
  }
}

function remember(): void {
  try {
    localStorage.setItem(LAST_SHOWN, String(Date.now()));
  } catch {
    // Storage refused after all: allowed() will say no next time.
  }
}

/** The nudge the panel chunk exports: the component, with its English words. */
export type ChunkNudge = ComponentType<{ allowed(): boolean; onShow(): void; delayMs: number }>;

/**
 * The script tag's nudge, rate-limited per browser. Its code comes with the
 * panel chunk, fetched only when a nudge would show (a member who can redeem,
 * none shown here lately, four seconds after load): the member it is for is likely to
 * open the panel next, so the request pays for itself, and no other page view
 * carries the nudge's bytes.
 */
export function ScriptNudge({ loadChunk }: { loadChunk: LoadChunk }) {
  const { model } = useLoyalty();
  const customer = useSignalValue(model.customer);
  const program = useSignalValue(model.program);
  const canRedeem = Boolean(customer && program && cheapestRedeemable(program.rewards, customer));
  const [Nudge, setNudge] = useState<{ component: ChunkNudge }>();
  useEffect(() => {
    if (!canRedeem || Nudge) return;
    // Asked and fetched when due, not at load: the page's first seconds are the shop's (the
    // first read of localStorage on a page waits for it to load from disk).
    const timer = setTimeout(() => {
      if (!allowed()) return;
      loadChunk<{ Nudge: ChunkNudge }>('panel').then(
        (loaded) => setNudge({ component: loaded.Nudge }),
        () => undefined, // A nudge is optional: no chunk, no nudge.
      );
    }, DELAY_MS);
    return () => clearTimeout(timer);
  }, [canRedeem, Nudge, loadChunk]);
  return Nudge ? <Nudge.component allowed={allowed} onShow={remember} delayMs={0} /> : null;
}
