import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/** What a keyboard reaches by Tab; `tabindex="-1"` marks focus targets, which it does not. */
const TAB_STOPS = 'a[href],button,input,select,textarea,[tabindex]:not([tabindex="-1"])';

/**
 * Makes a scrolling region a tab stop only while it holds no control of its own. A page of
 * plain text can still be scrolled by keyboard (axe scrollable-region-focusable), while on a
 * page with buttons the first Tab reaches the first button, not the region, which a screen
 * reader reads out whole as if its first card (the balance) were a control.
 */
export function useScrollRegionTabStop(ref: RefObject<HTMLElement>) {
  useEffect(() => {
    const region = ref.current;
    if (!region) return;
    const update = () => {
      if (region.querySelector(TAB_STOPS)) region.removeAttribute('tabindex');
      else region.tabIndex = 0;
    };
    // Pages change their controls without the panel rendering (a redemption, a cancelled code).
    const observer = new MutationObserver(update);
    observer.observe(region, { childList: true, subtree: true });
    update();
    return () => observer.disconnect();
  }, [ref]);
}
