import { expect, test } from '@playwright/test';
import { observeLayoutShift } from './support/layout-shift.ts';

// The block embeds on the cart, account and order pages: from the theme's reserved room
// (store.css, as the README advises), through the script's placeholder and any loading line,
// to the member's content, nothing on the shop's page moves.
const PAGES = [
  { path: '/cart.html', embed: 'loyalty-checkout-redemption', text: 'Use your points' },
  { path: '/cart.html', embed: 'loyalty-cart-points', text: 'Earn 4,962 points with this order' },
  { path: '/account.html', embed: 'loyalty-account-summary', text: '1,250 points' },
  { path: '/order.html', embed: 'loyalty-order-points', text: 'You earned 4,962 points' },
];

for (const { path, embed, text } of PAGES) {
  test(`${embed} on ${path} shows the member's numbers without moving the page`, async ({
    page,
  }) => {
    const cls = await observeLayoutShift(page);
    await page.goto(path);
    await expect(page.locator(embed)).toContainText(text);
    await page.waitForTimeout(300);
    expect(await cls()).toBe(0);
  });
}
