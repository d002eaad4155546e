// What each fixture variant puts in the page's head, how to tell it is
// ready, and where its clicks go. Production mode talks real HTTP to the mock
// API, bare (as pasted) or with the README's reserved-room CSS; demo mode runs
// the in-browser mock engine (reported apart).

/** The embed README's rule that holds a product-points embed's room before the script runs. */
export const RESERVED_ROOM_CSS =
  'loyalty-product-points:not(:defined){display:block;min-height:44px}';

const LAUNCHER = {
  host: 'loyalty-launcher',
  button: 'loyalty-launcher button[aria-haspopup="dialog"]',
  openSelector: 'dialog[open]',
  close: async (page) => {
    await page.keyboard.press('Escape');
    await page.locator('loyalty-launcher dialog[open]').waitFor({ state: 'detached' });
  },
};
const FLOOR = {
  host: 'bench-floor',
  button: 'bench-floor button',
  openSelector: '[data-panel]',
  close: async (page) => {
    await page.locator('bench-floor button').click();
    await page.locator('bench-floor [data-panel]').waitFor({ state: 'detached' });
  },
};

/**
 * Resolves once `host`'s shadow root has `text` in `selector` and, for our
 * widget, every `<loyalty-product-points>` in the viewport shows text (embeds
 * further down may render as they near it). Checked in the page every 50 ms:
 * Playwright's own locator polling runs in the page too, and would show up in
 * the very main-thread figures being measured.
 */
const shown = (host, selector, text, productPoints) => (page) =>
  page.evaluate(
    ([h, s, t, points]) =>
      new Promise((resolve, reject) => {
        const deadline = setTimeout(
          () => reject(new Error(`${h} ${s} never showed "${t}"`)),
          30_000,
        );
        const inView = (e) => {
          const r = e.getBoundingClientRect();
          return r.top < innerHeight && r.bottom >= 0;
        };
        const done = () =>
          document.querySelector(h)?.shadowRoot?.querySelector(s)?.textContent?.includes(t) &&
          (!points ||
            [...document.querySelectorAll('loyalty-product-points')]
              .filter(inView)
              .every((e) => e.shadowRoot?.textContent?.trim()));
        const timer = setInterval(() => {
          if (!done()) return;
          clearInterval(timer);
          clearTimeout(deadline);
          resolve();
        }, 50);
      }),
    [host, selector, text, productPoints],
  );
/** The member's balance on the launcher: the API (or the demo engine) has answered. */
const launcherReady = shown('loyalty-launcher', 'button', 'points', true);

/** `bundle` is the release folder's URL on the CDN (ends in `/`). */
export function variants({ bundle, cdn, api }) {
  const entry = `${bundle}loyaltykit.js`;
  const production = `<script async src="${entry}" data-api-url="${api.url}" data-publishable-key="pk_demo" data-customer-token="${api.token}"></script>`;
  // lateWork: requests may come after the widgets settle (the nudge's chunk), see visits.mjs.
  const ours = { ready: launcherReady, prefix: bundle, clicks: LAUNCHER, lateWork: true };
  return {
    baseline: { snippet: '', ready: async () => {} },
    floor: {
      snippet: `<script async src="${cdn}/floor/floor.js"></script>`,
      ready: shown('bench-floor', 'button', 'Rewards'),
      prefix: `${cdn}/floor/`,
      clicks: FLOOR,
    },
    production: { ...ours, snippet: production },
    reserved: { ...ours, snippet: `<style>${RESERVED_ROOM_CSS}</style>${production}` },
    demo: { ...ours, snippet: `<script async src="${entry}" data-api-url="demo"></script>` },
  };
}
