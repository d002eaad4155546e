import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Page, test } from '@playwright/test';
import { startServer } from '../examples/storefront/serve.mjs';
import { CATALOGS, pointsIn, signedPointsIn, type TestLocale } from './support/catalogs.ts';
import { dialog, launcher, recordWidgetEvents } from './support/journey.ts';

// The demo store over LoyaltyLion (`LK_BACKEND=loyaltylion`): the script tag loads its LoyaltyLion
// runtime, which calls a fake Headless API in the page answering from LoyaltyLion's own published
// example (Alice, 500 points, a $5 discount claimed). The member's whole journey, in English and
// Arabic: sign in, the ways to earn, redeem, the code, cancel where LoyaltyLion refunds (a free
// product), the activity.

let server: Server;
let origin: string;

// A store of its own, beside the config's: the same pages and bundle, with LK_BACKEND=loyaltylion.
test.beforeAll(async () => {
  server = await startServer({ port: 0, backend: 'loyaltylion' });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const kit = (page: Page, method: string, ...args: string[]) =>
  page.evaluate(
    ([m, ...a]) =>
      (window as unknown as { LoyaltyKit: Record<string, (...x: string[]) => unknown> }).LoyaltyKit[
        m as string
      ]?.(...a),
    [method, ...args],
  );

for (const locale of ['en', 'ar'] as TestLocale[]) {
  const t = CATALOGS[locale];
  test(`LoyaltyLion in ${locale}: sign in, earn list, redeem, code, cancel a free product, activity`, async ({
    page,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const seen = await recordWidgetEvents(page);
    await page.goto(`${origin}/product.html?lang=${locale}`);

    // Sign in: from the guest view (programme from the merchant's configuration) to Alice.
    await expect(launcher(page)).toHaveText(pointsIn(locale, 500));
    await kit(page, 'signOut');
    await expect(launcher(page)).toHaveText(t['launcher.label'] as string);
    await page.getByRole('button', { name: 'Sign in as demo member' }).click();
    await expect(launcher(page)).toHaveText(pointsIn(locale, 500));

    // The ways to earn, from LoyaltyLion's rules.
    await kit(page, 'open', 'earn');
    await expect(
      dialog(page).getByRole('listitem').filter({ hasText: 'Make a purchase' }),
    ).toBeVisible();
    await expect(
      dialog(page).getByRole('listitem').filter({ hasText: 'Visit our online store' }),
    ).toContainText(pointsIn(locale, 100));

    // Redeem the free product (300), then cancel it: LoyaltyLion refunds free products.
    await kit(page, 'open', 'redeem');
    const bottle = dialog(page).getByRole('listitem').filter({ hasText: 'Free Water Bottle' });
    await bottle.getByRole('button', { name: t['redeem.action'] as string, exact: true }).click();
    await bottle.getByRole('button', { name: t['redeem.confirmYes'] as string }).click();
    await expect(bottle.getByTestId('redemption-code')).toHaveText('sfp-2');
    await expect(launcher(page)).toHaveText(pointsIn(locale, 200));
    await kit(page, 'open', 'rewards');
    const mine = dialog(page).getByRole('listitem').filter({ hasText: 'sfp-2' });
    await mine.getByRole('button', { name: t['rewards.cancel'] as string }).click();
    // Cancelling asks first.
    await mine
      .getByRole('group')
      .getByRole('button', { name: t['rewards.cancel'] as string })
      .click();
    await expect(launcher(page)).toHaveText(pointsIn(locale, 500));
    await expect(mine).toHaveCount(0);
    await expect.poll(seen).toContainEqual({
      type: 'redemption-cancelled',
      detail: expect.objectContaining({ code: 'sfp-2' }),
    });

    // Redeem the $5 discount: LoyaltyLion's voucher code reaches the shop.
    await kit(page, 'open', 'redeem');
    const five = dialog(page).getByRole('listitem').filter({ hasText: '$5 discount' });
    await five.getByRole('button', { name: t['redeem.action'] as string, exact: true }).click();
    await five.getByRole('button', { name: t['redeem.confirmYes'] as string }).click();
    await expect(five.getByTestId('redemption-code')).toHaveText('LL-KIT0001');
    await expect(launcher(page)).toHaveText(pointsIn(locale, 0));
    await five.getByRole('button', { name: t['redeem.apply'] as string }).click();
    await expect
      .poll(seen)
      .toContainEqual({ type: 'redeem', detail: expect.objectContaining({ code: 'LL-KIT0001' }) });

    // The activity: the voucher, the refunded bottle, and the example's own history.
    await kit(page, 'open', 'activity');
    const lines = dialog(page).getByRole('listitem');
    await expect(lines.filter({ hasText: '$5 discount' }).first()).toContainText(
      signedPointsIn(locale, -500),
    );
    await expect(lines.filter({ hasText: 'Free Water Bottle' })).toHaveCount(2);
    await expect(lines.filter({ hasText: 'Joined program' })).toBeVisible();

    // Everything went to the Headless API (faked in the page): no Storefront API, no demo engine.
    expect(requests.filter((url) => /loyaltykit-(client|demo)\./.test(url))).toEqual([]);
    expect(requests.some((url) => /loyaltykit-loyaltylion\./.test(url))).toBe(true);
  });
}

test('LoyaltyLion in production mode: the page’s token provider signs the shopper in, over HTTPS', async ({
  page,
}) => {
  // LoyaltyLion's API, answered by the same fake from this test's process.
  const { createFakeHeadlessApi } = await import(
    '../packages/loyaltylion/src/testing/fake-headless-api.ts'
  );
  const fake = createFakeHeadlessApi({ siteId: 4242 });
  const cors = {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-LoyaltyLion-Channel',
    'Access-Control-Allow-Methods': 'GET, POST',
  };
  await page.route('https://api.loyaltylion.com/**', async (route) => {
    const request = route.request();
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    const answer = await fake.fetch(
      new Request(request.url(), {
        method: request.method(),
        headers: await request.allHeaders(),
        body: request.postData() ?? undefined,
      }),
    );
    return route.fulfill({
      status: answer.status,
      headers: { ...cors, 'Content-Type': 'application/json' },
      body: await answer.text(),
    });
  });
  const session = fake.session();
  // A page of the store's origin without the store's own script tag (a 404 is one).
  await page.goto(`${origin}/no-such-page`);
  await page.setContent(`<!doctype html><html lang="en"><body>
    <script>window.shopSession = () => Promise.resolve(${JSON.stringify(session)});</script>
    <script async src="${origin}/loyaltykit/loyaltykit.js" data-backend="loyaltylion"
            data-site-id="4242" data-token-provider="shopSession"></script>
    </body></html>`);
  await expect(launcher(page)).toHaveText(pointsIn('en', 500));
  expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toContain('GET /customers/1001');
});
