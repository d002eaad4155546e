import { yieldToPage } from '../shared/yield-to-page.ts';

/** The longest the painter keeps the main thread before it yields: well under a 50 ms long task. */
export const SLICE_MS = 8;

/**
 * Paints shells in slices: requests paint at once while the current task's
 * slice lasts, then the rest wait for the page's next turn, so a grid of 480
 * embeds (or an infinite scroll adding them) never holds the main thread in
 * one long task. A shell asked for twice before its turn paints once, with
 * what it says then. Shells paint in the order they asked: the first on the
 * page first.
 */
export function createPainter(
  paintOne: (element: HTMLElement) => void,
  clock: { now(): number; yieldToPage(): Promise<void> } = {
    now: () => performance.now(),
    yieldToPage,
  },
): (element: HTMLElement) => void {
  const due = new Set<HTMLElement>();
  let draining = false;
  let sliceStart = 0;
  let sliceOpen = false;

  /** Whether this task's slice has time left; the slice opens with the task's first paint. */
  function inSlice(): boolean {
    if (!sliceOpen) {
      sliceOpen = true;
      sliceStart = clock.now();
      // Closed once this task's code (the host's loop adding elements, say) has run.
      queueMicrotask(() => {
        sliceOpen = false;
      });
    }
    return clock.now() - sliceStart < SLICE_MS;
  }

  async function drain() {
    draining = true;
    try {
      while (due.size > 0) {
        await clock.yieldToPage();
        sliceOpen = false;
        for (const element of due) {
          if (!inSlice()) break;
          due.delete(element);
          paintOne(element);
        }
      }
    } finally {
      draining = false;
    }
  }

  return (element) => {
    if (due.size === 0 && inSlice()) {
      paintOne(element);
      return;
    }
    due.add(element);
    if (!draining) {
      drain().catch((error: unknown) => console.error('[LoyaltyKit] Painting failed:', error));
    }
  };
}
