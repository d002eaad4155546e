// What each fixture variant puts in the page's head, how to tell it is
// ready, and where its clicks go. Production mode talks real HTTP to the mock
// API; demo mode runs the in-browser mock engine (reported separately).

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
 * widget, every `<loyalty-product-points>` on the page shows something. Checked in the page
 * every 50 ms: Playwright's own locator polling runs in the page too, and
 * would show up in the very main-thread figures being measured.
 */
const shown = (host, selector, text, productPoints) => (page) =>
  page.evaluate(
    ([h, s, t, points]) =>
      new Promise((resolve, reject) => {
        const deadline = setTimeout(
          () => reject(new Error(`${h} ${s} never showed "${t}"`)),
          30_000,
        );
        const done = () =>
          document.querySelector(h)?.shadowRoot?.querySelector(s)?.textContent?.includes(t) &&
          (!points ||
            [...document.querySelectorAll('loyalty-product-points')].every((e) =>
              e.shadowRoot?.textContent?.trim(),
            ));
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

export function variants({ cdn, api }) {
  const entry = `${cdn}/loyaltykit/loyaltykit.js`;
  return {
    baseline: { snippet: '', ready: async () => {} },
    floor: {
      snippet: `<script async src="${cdn}/floor/floor.js"></script>`,
      ready: shown('bench-floor', 'button', 'Rewards'),
      prefix: `${cdn}/floor/`,
      clicks: FLOOR,
    },
    production: {
      snippet: `<script async src="${entry}" data-api-url="${api.url}" data-publishable-key="pk_demo" data-customer-token="${api.token}"></script>`,
      ready: launcherReady,
      prefix: `${cdn}/loyaltykit/`,
      clicks: LAUNCHER,
    },
    demo: {
      snippet: `<script async src="${entry}" data-api-url="demo"></script>`,
      ready: launcherReady,
      prefix: `${cdn}/loyaltykit/`,
      clicks: LAUNCHER,
    },
  };
}
