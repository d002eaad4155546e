import { expect, type Page, test } from '@playwright/test';
import { boxOf, insideViewport } from './support/host-page.ts';

// Issue 13, item 7: a merchant previews the demo store on a phone (390 px):
// no page is wider than the screen, the header fits, and the launcher sits
// in its corner on screen. The header's own Rewards button (the embed
// README's open-from-your-own-button pattern) opens the panel.

test.use({ viewport: { width: 390, height: 844 } });

const PAGES = [
  '/',
  '/collection.html',
  '/product.html',
  '/cart.html',
  '/account.html',
  '/order.html',
  '/rewards.html',
  '/integrations/',
];

const launcher = (page: Page) =>
  page.locator('loyalty-launcher').getByRole('button', { name: /Rewards/ });

for (const path of PAGES) {
  test(`${path} at 390 px: nothing wider than the screen, the launcher on screen`, async ({
    page,
  }) => {
    await page.goto(path);
    await expect(launcher(page)).toBeVisible();
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      header: document.querySelector('header.site')?.scrollWidth ?? 0,
    }));
    expect(widths).toEqual({ page: 390, header: 390 });
    const box = await boxOf(page, 'button[aria-haspopup]');
    expect(insideViewport(box)).toBe(true);
    expect(box.right).toBeGreaterThan(390 - 40);
  });
}

test("the header's Rewards button opens the panel in place, and gets focus back when it closes", async ({
  page,
}) => {
  await page.goto('/product.html');
  await expect(launcher(page)).toBeVisible();
  const url = page.url();
  const button = page.locator('header.site').getByRole('link', { name: 'My points' });
  await button.click();
  const panel = page.locator('loyalty-launcher').getByRole('dialog');
  await expect(panel).toBeVisible();
  expect(page.url()).toBe(url);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(button).toBeFocused();
});
