// One page load at 4x CPU throttle in a fresh browser context (cold cache),
// measured until it settles, before any interaction; then optional timed clicks.
import { installProbes } from './probes.mjs';

/** Tags whose nodes count as ours (layout-shift sources, the timers' hosts). */
export const HOST_TAGS = [
  'loyalty-launcher',
  'loyalty-product-points',
  'loyalty-checkout-redemption',
  'bench-floor',
];
const CPU_THROTTLE = 4;
/** Quiet time after the widget is ready, so late work (effects, idle callbacks) is counted. */
const SETTLE_MS = 1000;

const metricsOf = async (cdp) => {
  // Garbage first: the heap figure should be what stays, not what is pending collection.
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
};

/**
 * Loads `url`, waits for `ready(page)` and SETTLE_MS, and reports the page's
 * probes, CDP metrics and the requests to `ourOrigins`. `beforeGoto(cdp)`
 * may start a profiler. The page stays open for clicks; call `close()` when done.
 */
export async function loadPage(browser, { url, ready, ourOrigins, beforeGoto }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
  await cdp.send('Performance.enable');
  await cdp.send('Network.enable');
  await page.addInitScript(installProbes, HOST_TAGS);

  const isOurs = (requestUrl) => ourOrigins.some((origin) => requestUrl.startsWith(origin));
  // CDP sees CORS preflights, which Playwright's request events do not.
  const requests = [];
  cdp.on('Network.requestWillBeSent', ({ request }) => {
    if (isOurs(request.url)) requests.push({ url: request.url, method: request.method });
  });
  const bodyBytes = new Map();
  page.on('requestfinished', async (request) => {
    if (!isOurs(request.url())) return;
    const sizes = await request.sizes().catch(() => undefined);
    if (sizes) bodyBytes.set(request.url(), sizes.responseBodySize);
  });

  await beforeGoto?.(cdp);
  await page.goto(url, { waitUntil: 'load' });
  await ready(page);
  await page.waitForTimeout(SETTLE_MS);
  const probes = await page.evaluate(() => {
    const { frames, shifts, longTasks } = window.__bench;
    return { frames, shifts, longTasks };
  });
  const metrics = await metricsOf(cdp);
  const load = {
    probes,
    metrics,
    requests: [...requests],
    bodyBytes: Object.fromEntries(bodyBytes),
  };
  return { page, cdp, load, close: () => context.close() };
}

/**
 * Clicks `button` and reports ms from the click to the first frame painted
 * with `openSelector` matching in `host`'s shadow root, and the click's Event
 * Timing duration (input to next paint, as INP counts it).
 */
export async function timeOpen(page, { host, button, openSelector }) {
  const seen = await page.evaluate(
    ([h, s]) => {
      window.__bench.pending = window.__bench.timeNextOpen(h, s);
      return window.__bench.interactions.length;
    },
    [host, openSelector],
  );
  await page.locator(button).click();
  const painted = await page.evaluate(() => window.__bench.pending);
  // Event Timing entries are queued after the paint they end at.
  await page.waitForTimeout(100);
  // Only this click's entries; none means it took under the 16 ms threshold (null: no sample).
  const eventTiming = await page.evaluate((from) => {
    const durations = window.__bench.interactions.slice(from).map((i) => i.duration);
    return durations.length ? Math.max(...durations) : null;
  }, seen);
  return { painted, eventTiming };
}
