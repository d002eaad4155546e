import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import type { VoucherifyDemo } from '../packages/voucherify/src/test/demo.ts';
import { CATALOGS, fillIn, pointsIn, type TestLocale } from './support/catalogs.ts';
import { dialog, expectAxeClean, launcher, openAt, recordWidgetEvents } from './support/journey.ts';

// The demo store over Voucherify: the store as `LK_BACKEND=voucherify npm run
// demo` serves it, its script tag pointed at the gateway with the Voucherify
// connector, over the fake Voucherify API (packages/voucherify/src/test). A
// member's journey in English and Arabic: sign in, the earn list, a claim
// (a custom event), redeem, the code reaches the shop, cancel (a rollback),
// activity. Needs `pnpm --filter @loyaltykit/voucherify build` (and the embed's).

type StoreServer = Server & { backend: VoucherifyDemo };
type StoreModule = {
  startServer(options: { port: number; backend: string }): Promise<StoreServer>;
};

let store: StoreServer;
let base: string;
// A fresh store and fake per test: every journey starts from the documents' examples.
test.beforeEach(async () => {
  const serve = '../examples/storefront/serve.mjs';
  const { startServer } = (await import(serve)) as StoreModule;
  store = await startServer({ port: 0, backend: 'voucherify' });
  base = `http://127.0.0.1:${(store.address() as AddressInfo).port}`;
});
test.afterEach(() => new Promise<void>((done) => store.close(() => done())));

for (const locale of ['en', 'ar'] as TestLocale[]) {
  const t = CATALOGS[locale];
  test(`the member journey over Voucherify in ${locale}: sign in, earn, redeem, apply, cancel, activity`, async ({
    page,
  }) => {
    // The fake's card: the documents' loyalty card example, 13,135 points.
    const card = store.backend.fake.world.card.loyalty_card as { balance: number };
    const start = card.balance;
    // Only our origins: the follow link's network is out of this test's world.
    await page.context().route(/^https:\/\//, (route) => route.abort());
    const seen = await recordWidgetEvents(page);
    await page.goto(`${base}/product.html?lang=${locale}`);

    // A guest until the shop signs her in: Alice Morgan, the documents' customer.
    await expect(launcher(page)).toHaveText(t['launcher.label'] as string);
    await page.getByRole('button', { name: 'Sign in as demo member' }).click();
    await expect(launcher(page)).toHaveText(pointsIn(locale, start));
    // $189.00 at 1 point per $10.00 (the campaign's "Order paid" rule).
    await expect(page.locator('loyalty-product-points').first()).toContainText(
      pointsIn(locale, 18),
    );

    // The earn list is the campaign's earning rules; the follow is a custom event.
    await openAt(page, 'earn');
    for (const title of ['New Customers', 'Order paid', 'Custom Event']) {
      await expect(dialog(page).getByRole('listitem').filter({ hasText: title })).toBeVisible();
    }
    await expectAxeClean(page, 'earn');
    const follow = dialog(page).getByRole('link', {
      name: fillIn(locale, t['earn.follow'] as string, { network: 'Instagram' }),
    });
    const popup = page.waitForEvent('popup');
    await follow.click();
    await (await popup).close();
    await dialog(page)
      .getByRole('button', {
        name: fillIn(locale, t['earn.claim'] as string, { points: pointsIn(locale, 3) }),
      })
      .click();
    await expect(launcher(page)).toHaveText(pointsIn(locale, start + 3));
    expect(store.backend.fake.calls).toContain('POST /v1/events');
    const balance = card.balance;

    // Redeem the Digital Present (2 points): a "$20 OFF" coupon from its campaign.
    await openAt(page, 'redeem');
    const row = dialog(page).getByRole('listitem').filter({ hasText: 'Digital Present' });
    await row.getByRole('button', { name: t['redeem.action'] as string, exact: true }).click();
    await row.getByRole('button', { name: t['redeem.confirmYes'] as string }).click();
    const code = (await row.getByTestId('redemption-code').textContent()) ?? '';
    expect(code).toMatch(/^\$20OFFORDER-[0-9A-Za-z]{8}$/);
    await expect(launcher(page)).toHaveText(pointsIn(locale, balance - 2));
    expect(card.balance).toBe(balance - 2);
    await expectAxeClean(page, 'redeemed');
    await row.getByRole('button', { name: t['redeem.apply'] as string }).click();
    await expect
      .poll(seen)
      .toContainEqual({ type: 'redeem', detail: expect.objectContaining({ code }) });

    // Cancel: Voucherify rolls the redemption back and the 2 points return.
    await openAt(page, 'rewards');
    const mine = dialog(page).getByRole('listitem').filter({ hasText: code });
    await mine.getByRole('button', { name: t['rewards.cancel'] as string }).click();
    // Cancelling asks first.
    await mine
      .getByRole('group')
      .getByRole('button', { name: t['rewards.cancel'] as string })
      .click();
    await expect(launcher(page)).toHaveText(pointsIn(locale, balance));
    await expect(mine).toHaveCount(0);
    await expect
      .poll(seen)
      .toContainEqual({ type: 'redemption-cancelled', detail: expect.objectContaining({ code }) });
    expect(card.balance).toBe(balance);

    // Activity: the card's transactions, newest first, after its pending points.
    await openAt(page, 'activity');
    const lines = dialog(page).getByRole('listitem');
    await expect(lines.filter({ hasText: 'Digital Present' })).toHaveCount(2);
    await expect(lines.filter({ hasText: 'Order-paid' }).first()).toBeVisible();
    await expectAxeClean(page, 'activity');

    // Nothing the journey asked of the fake left the documents.
    expect(store.backend.fake.violations).toEqual([]);
  });
}
