import { expect, type Page, test } from '@playwright/test';
import { observeLayoutShift } from './support/layout-shift.ts';
import { scrollThrough } from './support/scroll.ts';

const points = (page: Page) => page.locator('loyalty-product-points');

test('the product page promises what the order earns, and follows the variant picker', async ({
  page,
}) => {
  await page.goto('/product.html');
  // $189.00 at 5 points per $1 = 945, × 2 outerwear, × 1.25 Silver, × 2 this week's outerwear bonus.
  await expect(points(page)).toContainText('Earn 4,725 points');
  await expect(points(page)).toContainText('2× points until');

  await page.selectOption('#finish', '169.00');
  await expect(points(page)).toContainText('Earn 4,225 points');
  await page.fill('#quantity', '2');
  await expect(points(page)).toContainText('Earn 8,450 points');
});

test('a grid of 24 shares one programme and the runtime chunk, loads no other chunk, shows nothing for excluded products, and never shifts the page', async ({
  page,
}) => {
  const cls = await observeLayoutShift(page);
  const chunks: string[] = [];
  page.on('request', (request) => {
    const file = /loyaltykit-([\w-]+)\.[\w-]+\.js$/.exec(request.url());
    if (file) chunks.push(file[1] as string);
  });
  await page.goto('/collection.html');
  await expect(points(page)).toHaveCount(24);
  await expect(points(page).first()).toContainText('Earn 4,725 points');
  // Cards far below the viewport render as the shopper scrolls towards them, in the room their shells hold.
  const last = points(page).last();
  await page.waitForTimeout(300);
  expect(await last.evaluate((e) => e.shadowRoot?.textContent?.trim())).toBe('');
  await scrollThrough(page);
  await expect(last).toContainText('Earn');
  await expect(points(page).filter({ hasText: /Earn/ })).toHaveCount(23);
  // The gift card earns nothing: its element renders nothing at all.
  const giftCard = page.locator('loyalty-product-points[product-id="gift-card"]');
  await expect(giftCard).toHaveText('');
  await page.waitForTimeout(300);
  // The demo runtime (product points are part of it), and no chunk of their own.
  expect(chunks).toEqual(['demo']);
  expect(await cls()).toBe(0);
});

test('a guest sees what they would earn and a way to join', async ({ page }) => {
  await page.goto('/product.html');
  await expect(points(page)).toContainText('Earn 4,725 points');
  await page.evaluate(() =>
    (window as unknown as { LoyaltyKit: { signOut(): Promise<void> } }).LoyaltyKit.signOut(),
  );
  // No tier multiplier for a guest: 945 × 2 × 2.
  await expect(points(page)).toContainText('Earn 3,780 points');
  await expect(points(page).getByRole('link', { name: 'Join now' })).toHaveAttribute(
    'href',
    '/account/register',
  );
});

test('Arabic product points read right to left', async ({ page }) => {
  await page.goto('/product.html?lang=ar');
  await expect(points(page).locator('[dir="rtl"]')).toHaveCount(1);
  await expect(points(page)).toContainText('4,725');
});
