import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { CHECKOUT, configure, mintToken, pageErrors, test } from './support/mock-api.ts';

// The demo collection's 24 cards, exactly as the store renders them.
const GRID =
  readFileSync(
    new URL('../examples/storefront/public/collection.html', import.meta.url),
    'utf8',
  ).match(/<loyalty-product-points [^>]*><\/loyalty-product-points>/g) ?? [];

test('over real HTTP, 24 product cards and the checkout share one programme request and one shopper request', async ({
  page,
  api,
}) => {
  expect(GRID).toHaveLength(24);
  const errors = pageErrors(page);
  await configure(page, { apiUrl: api.url, customerToken: await mintToken('cus_maya') });
  // Every card exists before the script runs: the grid joins the page once it is parsed, and
  // the script is held until then. (Serving edited HTML through route.fulfill would not do:
  // Chromium then treats the page as public and blocks its calls to the loopback API.)
  await page.addInitScript((grid) => {
    document.addEventListener('DOMContentLoaded', () =>
      document.querySelector('main')?.insertAdjacentHTML('beforeend', grid),
    );
  }, GRID.join(''));
  const parsed = page.waitForEvent('domcontentloaded');
  await page.route('**/loyaltykit/loyaltykit.js', async (route) => {
    await parsed;
    await route.continue();
  });
  const calls: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(api.url))
      calls.push(`${request.method()} ${new URL(request.url()).pathname}`);
  });

  await page.goto(CHECKOUT);
  const points = page.locator('loyalty-product-points');
  await expect(points.filter({ hasText: /Earn/ })).toHaveCount(23);
  await expect(points.first()).toContainText('Earn 4,725 points');
  await expect(page.locator('loyalty-checkout-redemption')).toContainText('1,250 points');

  expect(calls.filter((call) => call === 'GET /v1/program')).toHaveLength(1);
  expect(calls.filter((call) => call === 'GET /v1/me')).toHaveLength(1);
  expect(errors).toEqual([]);
});
