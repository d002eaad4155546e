import { expect, type Page, test } from '@playwright/test';

const launcher = (page: Page) => page.locator('loyalty-launcher').getByRole('button');
const demoControls = (page: Page) => page.getByRole('region', { name: 'Demo controls' });

test('the demo sign-out and sign-in hold across the store’s pages', async ({ page }) => {
  await page.goto('/');
  await expect(launcher(page)).toHaveText('1,250 points');
  await demoControls(page).getByRole('button', { name: 'Sign out' }).click();
  await expect(launcher(page)).toHaveText('Rewards');

  await page.goto('/product.html');
  await expect(launcher(page)).toHaveText('Rewards');
  await expect(page.locator('loyalty-product-points')).toContainText('Join');

  // DEMO ONLY: the store mints the demo member's token in the browser.
  await demoControls(page).getByRole('button', { name: 'Sign in as demo member' }).click();
  await expect(launcher(page)).toHaveText('1,250 points');
  await page.goto('/cart.html');
  await expect(launcher(page)).toHaveText('1,250 points');
});

test('the language picker switches the widgets at once and for the next pages', async ({
  page,
}) => {
  await page.goto('/');
  await expect(launcher(page)).toHaveText('1,250 points');
  await demoControls(page).getByLabel('Language').selectOption('ar');
  await expect(launcher(page)).toHaveText('1,250 نقطة');
  await expect(page.locator('loyalty-launcher [dir]').first()).toHaveAttribute('dir', 'rtl');

  await page.goto('/rewards.html');
  await expect(demoControls(page).getByLabel('Language')).toHaveValue('ar');
  // The server's pasted landing section is Arabic too: no English flash before the script.
  await expect(
    page.locator('loyalty-landing').getByRole('link', { name: 'انضم الآن' }),
  ).toHaveCount(0);
  await expect(page.locator('loyalty-landing')).toContainText('كيف يعمل البرنامج');
});
