import { expect, type Page, test } from '@playwright/test';

const launcher = (page: Page) => page.locator('loyalty-launcher').getByRole('button');
const points = (page: Page) => page.locator('loyalty-product-points');

test.beforeEach(({ page }) => {
  page.on('pageerror', (error) => {
    throw error;
  });
});

test('plain script tag: data-* attributes configure the widgets', async ({ page }) => {
  await page.goto('/integrations/script-tag.html');
  await expect(launcher(page)).toHaveText('1,250 points');
  await expect(points(page)).toContainText('Earn 4,725 points');
  await expect(launcher(page)).toHaveCSS('background-color', 'rgb(122, 62, 18)');
  // data-launcher-position="bottom-left"
  const box = await launcher(page).boundingBox();
  expect(box?.x).toBeLessThan(100);
});

test('LoyaltyKitConfig: configuration and calls queued before the script has loaded', async ({
  page,
}) => {
  await page.goto('/integrations/config-object.html');
  await expect(page.locator('main').getByRole('status')).toHaveText('Loyalty Kit is ready.');
  await expect(launcher(page)).toHaveCSS('background-color', 'rgb(29, 78, 216)');
  await page.getByRole('button', { name: 'Use my points' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(
    page.getByRole('dialog').getByRole('heading', { name: 'Ways to redeem' }),
  ).toBeVisible();
});

test('single-page app: embeds that views add, change and remove just work', async ({ page }) => {
  await page.goto('/integrations/spa.html#/product');
  await expect(points(page)).toContainText('Earn 4,725 points');
  await page.getByLabel('Size').selectOption('XXL');
  await expect(points(page)).toContainText('Earn 5,225 points');
  await page.getByRole('link', { name: 'Cart' }).click();
  await expect(points(page)).toHaveCount(0);
  await expect(page.locator('loyalty-cart-points')).toContainText('Earn 4,725 points');
  await page.goBack();
  await expect(points(page)).toContainText('Earn 4,725 points');
  await expect(launcher(page)).toHaveText('1,250 points');
});
