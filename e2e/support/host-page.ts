import type { Page } from '@playwright/test';

/**
 * Serves a theme's page at `/test/host-page.html` (same origin as the bundle,
 * routed, not on disk): its own `css` and `body`, a long document, and the
 * script tag in demo mode with `attributes` added.
 */
export async function hostPage(
  page: Page,
  { css = '', body = '', attributes = '', lang = 'en', dir = 'ltr', query = '' } = {},
) {
  await page.route('**/test/host-page.html*', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><style>${css}</style><script async src="/loyaltykit/loyaltykit.js" data-api-url="demo" ${attributes}></script></head><body><main style="min-block-size:3000px"><h1>A theme's page</h1>${body}</main></body></html>`,
    }),
  );
  await page.goto(`/test/host-page.html${query}`);
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** The viewport's size. */
  width: number;
  height: number;
}

/** Where `selector` (inside the launcher's shadow root) is on screen once its animations ended, and the viewport's size. */
export function boxOf(page: Page, selector: string): Promise<Box> {
  return page.evaluate(async (s) => {
    const element = document.querySelector('loyalty-launcher')?.shadowRoot?.querySelector(s);
    if (!element) throw new Error(`no ${s} in the launcher's shadow root`);
    await Promise.all(element.getAnimations({ subtree: true }).map((a) => a.finished));
    const { left, top, right, bottom } = element.getBoundingClientRect();
    return { left, top, right, bottom, width: innerWidth, height: innerHeight };
  }, selector);
}

/** The centre of a box. */
export const centre = (box: Box) => ({
  x: (box.left + box.right) / 2,
  y: (box.top + box.bottom) / 2,
});

/** Whether a box lies inside the viewport (half a pixel of rounding allowed). */
export const insideViewport = (box: Box) =>
  box.left >= -0.5 &&
  box.top >= -0.5 &&
  box.right <= box.width + 0.5 &&
  box.bottom <= box.height + 0.5 &&
  box.right > box.left &&
  box.bottom > box.top;

/**
 * What a pointer at (x, y) would hit: the page's element, or for our
 * element the thing inside its shadow root (the launcher button, the dialog).
 */
export function hitAt(page: Page, { x, y }: { x: number; y: number }): Promise<string> {
  return page.evaluate(
    ([px = 0, py = 0]) => {
      const hit = document.elementFromPoint(px, py);
      if (hit?.localName !== 'loyalty-launcher') return hit ? `page ${hit.localName}` : 'nothing';
      const inner = hit.shadowRoot?.elementFromPoint(px, py);
      if (inner?.closest('dialog')) return 'panel';
      if (inner?.closest('button[aria-haspopup]')) return 'launcher';
      return `our ${inner?.localName}`;
    },
    [x, y],
  );
}

/** Waits until `window.LoyaltyKit` is the API (no longer the queue) and its first load has settled. */
export async function kitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const kit = (window as unknown as { LoyaltyKit?: unknown }).LoyaltyKit;
    return kit !== undefined && !Array.isArray(kit);
  });
  await page.evaluate(() =>
    (window as unknown as { LoyaltyKit: { ready(): Promise<void> } }).LoyaltyKit.ready(),
  );
}
