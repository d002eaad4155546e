import { expect, type Page, test } from '@playwright/test';
import { pointsIn } from './support/catalogs.ts';

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
  await expect(launcher(page)).toHaveText(pointsIn('ar', 1250));
  await expect(page.locator('loyalty-launcher [dir]').first()).toHaveAttribute('dir', 'rtl');

  await page.goto('/rewards.html');
  await expect(demoControls(page).getByLabel('Language')).toHaveValue('ar');
  // The server's pasted landing section is Arabic too: no English flash before the script.
  await expect(
    page.locator('loyalty-landing').getByRole('link', { name: 'انضم الآن' }),
  ).toHaveCount(0);
  await expect(page.locator('loyalty-landing')).toContainText('كيف يعمل البرنامج');
});

test('a member who can redeem gets one nudge, which opens the rewards, and not another for days', async ({
  page,
}) => {
  await page.clock.install();
  const chunkRequests: string[] = [];
  page.on('request', (request) => chunkRequests.push(request.url()));
  await page.goto('/product.html');
  await expect(launcher(page)).toHaveText('1,250 points');
  const nudge = page.locator('loyalty-launcher').getByTestId('nudge');
  await page.clock.runFor(3000);
  await expect(nudge).toHaveCount(0);
  // Due at 4 s, and its code (the panel chunk) is fetched only then: not for the first seconds.
  expect(chunkRequests.some((url) => url.includes('loyaltykit-panel'))).toBe(false);
  await page.clock.runFor(1000);
  // It shows as soon as the chunk is here (the clock moves on in small steps while it loads).
  await expect
    .poll(async () => {
      await page.clock.runFor(50);
      return nudge.count();
    })
    .toBe(1);
  await expect(nudge).toContainText('You can redeem 500 points for');
  // It takes no focus from the page.
  expect(await page.evaluate(() => document.activeElement?.localName)).toBe('body');
  await nudge.getByRole('button', { name: 'See rewards' }).click();
  await expect(page.getByRole('heading', { name: 'Ways to redeem' })).toBeVisible();
  await expect(nudge).toHaveCount(0);

  await page.goto('/cart.html');
  await expect(launcher(page)).toHaveText('1,250 points');
  await page.clock.runFor(10_000);
  await expect(nudge).toHaveCount(0);
  // Three days later, there may be another.
  await page.clock.fastForward(3 * 24 * 60 * 60 * 1000 + 1000);
  await page.reload();
  await page.clock.runFor(4000);
  await expect
    .poll(async () => {
      await page.clock.runFor(100);
      return nudge.count();
    })
    .toBe(1);
  await expect(nudge).toContainText('You can redeem');
});

test('data-nudge="off" keeps the nudge away', async ({ page }) => {
  await page.clock.install();
  // The theme's config, as a merchant who does not want nudges would set it.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'LoyaltyKitConfig', {
      configurable: true,
      set(config: Record<string, unknown>) {
        Object.defineProperty(window, 'LoyaltyKitConfig', {
          value: { ...config, nudge: 'off' },
          writable: true,
        });
      },
    });
  });
  await page.goto('/product.html');
  await expect(launcher(page)).toHaveText('1,250 points');
  await expect(launcher(page)).toHaveAccessibleName(/A reward is ready to redeem/);
  await page.clock.runFor(10_000);
  await expect(page.locator('loyalty-launcher').getByTestId('nudge')).toHaveCount(0);
});
