import { expect, type Page, type Route } from '@playwright/test';
import type { MockServer } from '../packages/mock-backend/src/server.ts';
import {
  CHECKOUT,
  configure,
  launcher,
  mintToken,
  pageErrors,
  panel,
  test,
} from './support/mock-api.ts';

// DESIGN.md §8: a widget failure never breaks the store. Each fault keeps the
// page free of uncaught errors and the order form working; the widget shows
// its fallback and recovers once the backend answers again.

type Fault = (route: Route) => Promise<void>;
// Fulfilled answers need CORS headers, or the browser would report a CORS failure instead.
const CORS = { 'Access-Control-Allow-Origin': '*' };
const API_FAULTS: Record<string, Fault> = {
  'an API 500': (route) =>
    route.fulfill({
      status: 500,
      headers: CORS,
      contentType: 'application/problem+json',
      body: JSON.stringify({ code: 'http_error', message: 'Injected by the test' }),
    }),
  'malformed JSON': (route) =>
    route.fulfill({ status: 200, headers: CORS, contentType: 'application/json', body: '{"id":' }),
  'the API offline': (route) => route.abort('internetdisconnected'),
};

async function openOnFallback(page: Page) {
  await expect(launcher(page)).toHaveText('Rewards');
  await launcher(page).click();
  await expect(panel(page).getByRole('alert')).toContainText('We couldn’t load your rewards.');
}

async function submitsOrder(page: Page) {
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/cart\.html\?order=placed$/);
}

/** The checkout page signed in as the seed member, its API behind `fault` while `state.failing`. */
async function checkoutWithFault(page: Page, api: MockServer, fault: Fault) {
  const state = { failing: true };
  await page.route(`${api.url}/**`, (route) => (state.failing ? fault(route) : route.continue()));
  await configure(page, {
    apiUrl: api.url,
    customerToken: await mintToken(api.engine.personas.member),
  });
  return state;
}

for (const [name, fault] of Object.entries(API_FAULTS)) {
  test(`${name}: fallback, no page error, the order form still submits`, async ({ page, api }) => {
    const errors = pageErrors(page);
    await checkoutWithFault(page, api, fault);
    await page.goto(CHECKOUT);
    await openOnFallback(page);
    await page.keyboard.press('Escape');
    await submitsOrder(page);
    expect(errors).toEqual([]);
  });

  test(`${name}: the widget recovers when the API answers again`, async ({ page, api }) => {
    const errors = pageErrors(page);
    const state = await checkoutWithFault(page, api, fault);
    await page.goto(CHECKOUT);
    await openOnFallback(page);
    state.failing = false;
    // Opening the panel after a failure loads again by itself; whichever recovers first,
    // that load or the shopper's Try again, the balance must come back.
    await expect(async () => {
      const retry = panel(page).getByRole('button', { name: 'Try again' });
      // The button can go as the click lands (the reload recovered first): give up on it soon.
      if (await retry.isVisible()) await retry.click({ timeout: 1_000 });
      await expect(panel(page).getByTestId('balance')).toHaveText('1,250 points', {
        timeout: 1_000,
      });
    }).toPass({ timeout: 20_000 });
    await expect(launcher(page)).toHaveText('1,250 points');
    expect(errors).toEqual([]);
  });
}

test('an API that never answers: each attempt times out, then fallback and recovery', async ({
  page,
  api,
}) => {
  const errors = pageErrors(page);
  // The client gives each attempt 8 s and retries twice: the page's clock is
  // moved on instead of waiting half a minute.
  await page.clock.install();
  const state = await checkoutWithFault(page, api, async () => {
    // Never fulfilled: the request hangs until the client's own timeout aborts it.
  });
  const advanceUntil = (shown: () => Promise<void>) =>
    expect(async () => {
      await page.clock.fastForward(9_000);
      await shown();
    }).toPass({ timeout: 15_000 });
  await page.goto(CHECKOUT);
  // The launcher may wait for the first load to settle before it shows.
  await advanceUntil(() => expect(launcher(page)).toBeVisible({ timeout: 250 }));
  await launcher(page).click();
  await advanceUntil(() => expect(panel(page).getByRole('alert')).toBeVisible({ timeout: 250 }));
  await expect(launcher(page)).toHaveText('Rewards');

  state.failing = false;
  // The page's checkout widget may have started a load of its own meanwhile, still waiting out
  // its (fake-clock) timeout: step the clock, take Try again when it is offered, until the
  // balance is back. Steps stay short so answered requests are not timed out before they land.
  await expect(async () => {
    await page.clock.fastForward(1_000);
    const retry = panel(page).getByRole('button', { name: 'Try again' });
    if (await retry.isVisible()) await retry.click({ timeout: 1_000 });
    await expect(launcher(page)).toHaveText('1,250 points', { timeout: 250 });
  }).toPass({ timeout: 20_000 });
  await page.keyboard.press('Escape');
  await submitsOrder(page);
  expect(errors).toEqual([]);
});

test('the panel chunk 404s: the launcher stays, the panel opens once the chunk is back', async ({
  page,
  api,
}) => {
  const errors = pageErrors(page);
  await configure(page, {
    apiUrl: api.url,
    customerToken: await mintToken(api.engine.personas.member),
  });
  await page.route('**/loyaltykit/loyaltykit-panel.*.js', (route) =>
    route.fulfill({ status: 404 }),
  );
  await page.goto(CHECKOUT);
  await expect(launcher(page)).toHaveText('1,250 points');
  await launcher(page).click();
  // No panel to show: the launcher says so by staying collapsed.
  await expect(launcher(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(panel(page)).toHaveCount(0);

  await page.unroute('**/loyaltykit/loyaltykit-panel.*.js');
  await launcher(page).click();
  await expect(panel(page).getByTestId('balance')).toHaveText('1,250 points');
  await page.keyboard.press('Escape');
  await submitsOrder(page);
  expect(errors).toEqual([]);
});

test('a locale chunk 404s: the widget speaks English instead', async ({ page, api }) => {
  const errors = pageErrors(page);
  await configure(page, {
    apiUrl: api.url,
    customerToken: await mintToken(api.engine.personas.member),
    locale: 'th',
  });
  await page.route('**/loyaltykit/loyaltykit-locale-th.*.js', (route) =>
    route.fulfill({ status: 404 }),
  );
  await page.goto(CHECKOUT);
  await expect(launcher(page)).toHaveText('1,250 points');
  expect(errors).toEqual([]);
});
