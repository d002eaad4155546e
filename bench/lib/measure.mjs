// Page views at 4x CPU throttle in one browser context (a fresh context is a
// cold cache; a second view in it is the next page of the same visit),
// each measured until it settles, before any interaction; then optional timed clicks.
import { inclusiveMs, startProfile, stopProfile } from './main-thread.mjs';
import { recordNetwork } from './network.mjs';
import { installProbes } from './probes.mjs';

/** Tags whose nodes count as ours (layout-shift sources, "the entry runs", the timers' hosts). */
export const HOST_TAGS = [
  'loyalty-launcher',
  'loyalty-product-points',
  'loyalty-cart-points',
  'loyalty-checkout-redemption',
  'loyalty-account-summary',
  'loyalty-order-points',
  'loyalty-landing',
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
 * A new browser context (cold cache) with one throttled page, the probes
 * (`sampleFrames`: what the embeds show in every frame) and a network
 * recorder for `ourOrigins`. `view()` measures one page view in it.
 */
export async function openContext(browser, { ourOrigins, sampleFrames = false }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
  await cdp.send('Performance.enable');
  await cdp.send('Network.enable');
  await page.addInitScript(installProbes, { hostTags: HOST_TAGS, sampleFrames });
  const network = recordNetwork(cdp, ourOrigins);

  /**
   * Navigates to `url`, waits for `ready(page)` and SETTLE_MS, and reports
   * the probes, CDP metrics, our requests and the CPU profile with our
   * script's share (`prefix`). `afterSettle(page)` then adds work (the cost
   * curve scrolls), profiled apart (`afterMs`); the probes cover both, and
   * `settledAt` (page clock) tells them apart. `requestsUntil` (ms of page
   * time) keeps counting requests after that, without interaction (work
   * timed to come later, like the nudge's chunk); those are marked `late`.
   */
  async function view({ url, ready, prefix, afterSettle, requestsUntil }) {
    network.reset();
    await startProfile(cdp);
    await page.goto(url, { waitUntil: 'load' });
    await ready(page);
    await page.waitForTimeout(SETTLE_MS);
    const profile = await stopProfile(cdp);
    const settledAt = await page.evaluate(() => performance.now());
    const sentBySettle = network.requests().length;
    let afterMs = null;
    if (afterSettle) {
      await startProfile(cdp);
      await afterSettle(page);
      afterMs = inclusiveMs(await stopProfile(cdp), prefix);
    }
    const probes = await page.evaluate(() => {
      window.__bench.stopFrames();
      const { frames, shifts, longTasks, entryRanAt, embedFrames } = window.__bench;
      return { frames, shifts, longTasks, entryRanAt, embedFrames };
    });
    const metrics = await metricsOf(cdp);
    if (requestsUntil) {
      await page.evaluate(
        (until) => new Promise((resolve) => setTimeout(resolve, until - performance.now())),
        requestsUntil,
      );
    }
    return {
      url,
      settledAt,
      probes,
      metrics,
      requests: network.requests().map((r, i) => ({ ...r, late: i >= sentBySettle })),
      ourMs: prefix ? inclusiveMs(profile, prefix) : 0,
      afterMs,
      profile,
    };
  }

  return { page, cdp, network, view, close: () => context.close() };
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
