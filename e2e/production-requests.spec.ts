import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { CHECKOUT, configure, mintToken, pageErrors, test } from './support/mock-api.ts';
import { scrollThrough } from './support/scroll.ts';

// The demo collection's 24 cards, exactly as the store renders them.
const GRID =
  readFileSync(
    new URL('../examples/storefront/public/collection.html', import.meta.url),
    'utf8',
  ).match(/<loyalty-product-points [^>]*><\/loyalty-product-points>/g) ?? [];

test('over real HTTP, 24 product cards and the checkout share one request for programme and shopper', async ({
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
  await expect(points.first()).toContainText('Earn');
  // Cards below the viewport render as the shopper scrolls to them, from the same answer.
  await scrollThrough(page);
  await expect(points.filter({ hasText: /Earn/ })).toHaveCount(23);
  await expect(points.first()).toContainText('Earn 4,725 points');
  await expect(page.locator('loyalty-checkout-redemption')).toContainText('1,250 points');

  expect(calls.filter((call) => call.startsWith('GET '))).toEqual(['GET /v1/bootstrap']);
  expect(errors).toEqual([]);
});

for (const shopper of ['a guest', 'a member'] as const) {
  test(`${shopper}'s two page views: one preflight in all, then one API request per page view`, async ({
    page,
    api,
  }) => {
    const member = shopper === 'a member';
    await configure(page, {
      apiUrl: api.url,
      ...(member && { customerToken: await mintToken(api.engine.personas.member) }),
    });
    // The network's own view: page.on('request') does not show CORS preflights.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const calls: string[] = [];
    cdp.on('Network.requestWillBeSent', ({ request }) => {
      if (request.url.startsWith(api.url))
        calls.push(`${request.method} ${new URL(request.url).pathname}`);
    });
    const views: string[][] = [];
    for (let view = 0; view < 2; view++) {
      await page.goto(CHECKOUT);
      await expect(page.locator('loyalty-checkout-redemption')).toContainText(
        // Both need the programme; the first also the member.
        member ? '1,250 points' : /Earn [\d,]+ points/,
      );
      // The preflight is reported after the request it clears the way for.
      views.push(calls.splice(0).sort());
    }
    expect(views).toEqual([['GET /v1/bootstrap', 'OPTIONS /v1/bootstrap'], ['GET /v1/bootstrap']]);
  });
}
