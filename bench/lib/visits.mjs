// One visit of a fixture page in a fresh browser context: the first view
// (cold caches), optionally the launcher's timed clicks, optionally a second
// view of the same page in the same context (the next page of the visit:
// HTTP cache, preflight cache and storage as the first view left them).
import { markProgrammes } from './figures.mjs';
import { openContext, timeOpen } from './measure.mjs';

const WARM_OPENS = 2;
/**
 * Page time (ms) until which a first view's requests still count as before
 * interaction: the nudge's chunk is fetched 4 s after the widgets show. Not
 * on a visit with clicks: those come right after the widgets settle, so the
 * cold open still fetches the panel chunk.
 */
const REQUESTS_UNTIL_MS = 8000;

async function clicksOn(page, clicks) {
  const samples = { cold: [await timeOpen(page, clicks)], warm: [] };
  for (let i = 0; i < WARM_OPENS; i++) {
    await clicks.close(page);
    await page.waitForTimeout(300);
    samples.warm.push(await timeOpen(page, clicks));
  }
  // Closed again, so a later view starts from the page as a shopper left it.
  await clicks.close(page);
  return samples;
}

/** Drops what the report does not keep (the CPU profile). */
const lean = ({ profile, ...view }) => view;

/**
 * `page` is a fixture file name, `variantName` a key of the context's
 * variants; `clicks` times the opens after the first view, `secondView`
 * navigates again afterwards (to a URL of its own, as a shopper's next page
 * would be, rather than a reload, which revalidates differently).
 */
export async function visit(context, { page, variantName, clicks = false, secondView = false }) {
  const { browser, variants, storeOrigin, ourOrigins, apiOrigin } = context;
  const variant = variants[variantName];
  const tab = await openContext(browser, { ourOrigins, sampleFrames: true });
  try {
    const url = `${storeOrigin}/${page}.html?variant=${variantName}`;
    const viewOf = async (viewUrl, requestsUntil) => {
      const view = await tab.view({
        url: viewUrl,
        ready: variant.ready,
        prefix: variant.prefix,
        requestsUntil,
      });
      await markProgrammes(view.requests, tab.network, apiOrigin);
      return lean(view);
    };
    const late = variant.lateWork && !clicks ? REQUESTS_UNTIL_MS : undefined;
    const result = { first: await viewOf(url, late) };
    if (clicks && variant.clicks) result.clicks = await clicksOn(tab.page, variant.clicks);
    if (secondView) result.second = await viewOf(`${url}&view=2`);
    return result;
  } finally {
    await tab.close();
  }
}
