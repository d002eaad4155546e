import { expect, test } from '@playwright/test';
import { CATALOGS, pointsIn, TEST_LOCALES } from './support/catalogs.ts';

// The demo cart: Waxed Field Jacket $189 (outerwear: 2×, and this week's 2× outerwear bonus)
// and Merino Watch Cap $38, for Maya (Silver, 1.25×): 945 × 2 × 1.25 × 2 = 4,725 and
// 190 × 1.25 = 237 (rounded down), so 4,962 points — what the product pages promise, line by line.
const ORDER_POINTS = '4,962 points';

test('the cart and the checkout agree on the points the order earns', async ({ page }) => {
  await page.goto('/cart.html');
  await expect(page.locator('loyalty-cart-points')).toContainText(
    `Earn ${ORDER_POINTS} with this order`,
  );
  await expect(page.locator('loyalty-checkout-redemption')).toContainText(`Earn ${ORDER_POINTS}`);
});

for (const locale of TEST_LOCALES) {
  const t = CATALOGS[locale];
  test(`keyboard only in ${locale}: apply a reward, the shop applies the code, remove it, the total comes back`, async ({
    page,
  }) => {
    await page.goto(`/cart.html?lang=${locale}`);
    const checkout = page.locator('loyalty-checkout-redemption');
    const picker = checkout.getByRole('combobox', { name: t['checkout.choose'] as string });
    await expect(picker).toBeVisible();

    await picker.focus();
    await page.keyboard.press('Tab');
    await expect(
      checkout.getByRole('button', { name: t['checkout.apply'] as string }),
    ).toBeFocused();
    await page.keyboard.press('Enter');

    // The shop's own checkout script took the code from loyalty:redeem.
    // $227.00 of items and $9.00 shipping, less $5.00.
    await expect(page.locator('#total')).toHaveText('$231.00');
    await expect(page.locator('#discount')).toContainText('−$5.00');
    const code = await page.locator('#code').inputValue();
    expect(code).not.toBe('');
    await expect(checkout.getByRole('status')).toContainText(code);
    await checkout.screenshot({ path: `test-results/checkout-${locale}.png` });
    await expect(page.locator('loyalty-launcher').getByRole('button')).toHaveText(
      pointsIn(locale, 750),
    );

    // Focus sits on Remove: one key takes the reward off and refunds the points.
    await expect(
      checkout.getByRole('button', { name: t['checkout.remove'] as string }),
    ).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#total')).toHaveText('$236.00');
    await expect(page.locator('#code')).toHaveValue('');
    await expect(page.locator('loyalty-launcher').getByRole('button')).toHaveText(
      pointsIn(locale, 1250),
    );
  });
}

test('the code goes with the order when the shopper places it', async ({ page }) => {
  await page.goto('/cart.html');
  const checkout = page.locator('loyalty-checkout-redemption');
  await checkout.getByRole('button', { name: 'Apply' }).click();
  await expect(page.locator('#code')).not.toHaveValue('');
  const code = await page.locator('#code').inputValue();
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(new RegExp(`/order\\.html\\?code=${code}`));
  await expect(page.locator('loyalty-order-points')).toContainText(`You earned ${ORDER_POINTS}`);
});

test('with the widget failing to load, the checkout still shows the shop’s totals and the order still goes through', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/loyaltykit-panel.*.js', (route) => route.abort());
  await page.goto('/cart.html');
  await expect(page.locator('#total')).toHaveText('$236.00');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/order\.html\?code=$/);
  expect(errors).toEqual([]);
});

test('the account page sums up and opens the panel on the member’s rewards', async ({ page }) => {
  await page.goto('/account.html');
  const summary = page.locator('loyalty-account-summary');
  await expect(summary).toContainText('1,250 points');
  await summary.getByRole('button').first().click();
  await expect(page.getByRole('dialog').getByRole('heading', { name: 'My rewards' })).toBeVisible();
});

test('the landing section explains the programme', async ({ page }) => {
  await page.goto('/rewards.html');
  const landing = page.locator('loyalty-landing');
  await expect(landing.getByRole('heading').first()).toBeVisible();
  await expect(landing).toContainText('Free canvas tote');
});
