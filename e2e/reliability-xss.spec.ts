import { expect, type Page } from '@playwright/test';
import {
  CHECKOUT,
  configure,
  mintToken,
  openPanelPage,
  PANEL_PAGES,
  pageErrors,
  panel,
  test,
} from './support/mock-api.ts';

// Backend strings are text, never HTML (DESIGN.md §8). Every string a shopper
// sees from the API (programme name, reward, rule, tier and event titles and
// descriptions, the customer's name) comes back carrying markup that would
// set window.__lkXss if it ever ran.

const PAYLOADS = [
  '<img src=x onerror="window.__lkXss=1">',
  '<script>window.__lkXss=1</script>',
  '<svg onload="window.__lkXss=1"></svg>',
];
const DISPLAYED = new Set(['name', 'title', 'description', 'firstName']);

/** The API's JSON with a payload before every displayed string. */
function poison(value: unknown, counter = { n: 0 }): unknown {
  if (Array.isArray(value)) return value.map((item) => poison(item, counter));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      DISPLAYED.has(key) && typeof v === 'string'
        ? `${PAYLOADS[counter.n++ % PAYLOADS.length]} ${v}`
        : poison(v, counter),
    ]),
  );
}

/** Elements our shadow root would only hold if a payload had become markup. */
const injectedElements = (page: Page) =>
  page.evaluate(
    () =>
      document
        .querySelector('loyalty-launcher')
        ?.shadowRoot?.querySelectorAll('script, img[src="x"], [onerror], [onload]').length ?? -1,
  );

test('HTML and script in every backend string render as text and never run', async ({
  page,
  api,
}) => {
  const errors = pageErrors(page);
  const fetchedX: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/x')) fetchedX.push(request.url());
  });
  await page.route(`${api.url}/v1/**`, async (route) => {
    // Leaving a panel page aborts its request (the activity list's, often): that fetch
    // then fails here, and the page no longer waits for an answer.
    const response = await route.fetch().catch(() => undefined);
    if (!response) return route.abort().catch(() => undefined);
    const json = (response.headers()['content-type'] ?? '').includes('json');
    if (route.request().method() !== 'GET' || response.status() !== 200 || !json) {
      return route.fulfill({ response });
    }
    // The same abort can land while the body is read: the response is then disposed.
    const body: unknown = await response.json().catch(() => undefined);
    if (body === undefined) return route.abort().catch(() => undefined);
    return route.fulfill({ response, json: poison(body) });
  });
  await configure(page, {
    apiUrl: api.url,
    customerToken: await mintToken(api.engine.personas.member),
  });
  await page.goto(`${CHECKOUT}?loyalty=home`);

  // The programme's name is the dialog's heading: the payload shows, as characters.
  await expect(panel(page).getByRole('heading', { level: 2 })).toContainText(
    '<img src=x onerror="window.__lkXss=1">',
  );
  for (const [name, heading] of Object.entries(PANEL_PAGES)) {
    if (name === 'home') continue;
    await openPanelPage(page, name);
    await expect(panel(page).getByRole('heading', { name: heading, exact: true })).toBeVisible();
    expect(await injectedElements(page), name).toBe(0);
  }
  await openPanelPage(page, 'redeem');
  await expect(panel(page).getByText('<script>window.__lkXss=1</script>').first()).toBeVisible();

  expect(await page.evaluate(() => '__lkXss' in window)).toBe(false);
  expect(fetchedX).toEqual([]);
  expect(errors).toEqual([]);
});
