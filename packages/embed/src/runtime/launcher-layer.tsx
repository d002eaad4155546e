import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { SURFACE_ATTRIBUTE } from './surface.ts';

/** Whether an element of the page matching `selector` is on screen now (a bad selector matches nothing). */
function onScreen(selector: string): boolean {
  try {
    return [...document.querySelectorAll(selector)].some((element) => {
      const { right, bottom, left, top } = element.getBoundingClientRect();
      return (
        element.checkVisibility?.({ visibilityProperty: true, opacityProperty: true }) &&
        right > 0 &&
        bottom > 0 &&
        left < innerWidth &&
        top < innerHeight
      );
    });
  } catch {
    return false;
  }
}

/**
 * The launcher and its nudge, in the top layer: a manual popover, shown
 * once when the runtime first paints, so it sits above any z-index of the
 * page and no ancestor's `transform`, `filter`, `contain`, … can make it the
 * containing block of the fixed launcher or clip it. Shown before the panel
 * can open, it stays under the panel (the top layer stacks in the order
 * things were shown), and it is never shown again: while a host overlay is
 * open it is hidden with `display`, which keeps its place in that order.
 * Without the Popover API it is a plain box, and the launcher is fixed at a
 * high z-index as before.
 *
 * It steps aside while the page shows a modal of its own (a native modal
 * dialog, an element with `aria-modal="true"`) or an element matching the
 * merchant's `avoid` selector list (`data-launcher-avoid`), checked once a
 * frame after the page's DOM changes or a transition ends.
 */
export function LauncherLayer({
  avoid,
  children,
}: {
  avoid: string | undefined;
  children: ComponentChildren;
}) {
  const layer = useRef<HTMLDivElement>(null);
  const [covered, setCovered] = useState(false);
  // After the first frame, not before it: showing a popover recalculates the page's styles at
  // once, which the frame does anyway. Still long before the panel can open (its chunk loads first).
  useEffect(() => {
    try {
      layer.current?.showPopover();
    } catch {
      // No Popover API: the launcher's own fixed position and z-index apply.
    }
  }, []);
  useEffect(() => {
    let frame = 0;
    const check = () => {
      frame = 0;
      setCovered(onScreen(':modal') || onScreen(`[aria-modal=true]${avoid ? `,${avoid}` : ''}`));
    };
    const later = () => {
      frame ||= requestAnimationFrame(check);
    };
    // Not for the surface attribute the runtime sets on its embeds (one a frame while a long grid
    // scrolls in): nothing the launcher steps aside for changes with it.
    const observer = new MutationObserver((records) => {
      if (records.some((record) => record.attributeName !== SURFACE_ATTRIBUTE)) later();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      childList: true,
      subtree: true,
    });
    // A drawer that slides out by a class change is still on screen when the class goes.
    document.addEventListener('transitionend', later);
    check();
    return () => {
      observer.disconnect();
      document.removeEventListener('transitionend', later);
      cancelAnimationFrame(frame);
    };
  }, [avoid]);
  return (
    <div
      ref={layer}
      popover="manual"
      // Unset: none of the popover's default box (centred, bordered, Canvas-coloured) shows; the
      // launcher and the nudge inside are fixed to the viewport themselves.
      style={{ all: 'unset', position: 'fixed', display: covered ? 'none' : 'block' }}
    >
      {children}
    </div>
  );
}
