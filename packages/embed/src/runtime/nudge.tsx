import { Nudge } from '@loyaltykit/components';
import { useLoyalty } from '@loyaltykit/components/context';
import { enNudge } from '@loyaltykit/core';

/** When this browser last saw a nudge (ms since the epoch), kept by the script tag. */
const LAST_SHOWN = 'loyaltykit:nudged';
/** At most one nudge every three days: a reminder, not a nag. */
const GAP_MS = 3 * 24 * 60 * 60 * 1000;

const lastShown = () => Number(localStorage.getItem(LAST_SHOWN));

/**
 * The script tag's nudge: the component, rate-limited per browser. Without
 * storage (blocked, private modes that throw) it never shows: better silent
 * than on every page. It comes with the backend chunk, which every page
 * loads at boot, so it costs neither a request nor entry bytes of its own.
 */
export function ScriptNudge() {
  // English words of its own: the entry does not carry them (other locales' catalogs do).
  useLoyalty().i18n.fill(enNudge);
  return (
    <Nudge
      allowed={() => {
        try {
          return Date.now() - lastShown() > GAP_MS;
        } catch {
          return false;
        }
      }}
      onShow={() => {
        try {
          localStorage.setItem(LAST_SHOWN, String(Date.now()));
        } catch {
          // Storage refused after all: allowed() will say no next time.
        }
      }}
    />
  );
}
