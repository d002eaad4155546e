import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { pointsIn } from './support/catalogs.ts';

const launcher = (page: Page) =>
  page.locator('loyalty-launcher').getByRole('button', { name: /Rewards/ });
const panel = (page: Page) => page.getByRole('dialog', { name: 'Harbor Rewards' });

/** Waits until the panel's opening animation is over, so colours are measured as shoppers see them. */
async function openPanelSettled(page: Page) {
  await expect(panel(page)).toBeVisible();
  await panel(page).evaluate((dialog) =>
    Promise.all(dialog.getAnimations().map((a) => a.finished)),
  );
}

/** Fails the test on any uncaught error in the page. */
function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('a member opens the panel from the launcher and sees the seeded balance and rewards', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto('/product.html');

  // The launcher lives in an open shadow root and shows the balance once loaded.
  await expect(launcher(page)).toHaveText('1,250 points');
  await expect(launcher(page)).toHaveAttribute('aria-expanded', 'false');
  const inShadow = await page.evaluate(
    () => document.querySelector('loyalty-launcher')?.shadowRoot?.querySelector('button') !== null,
  );
  expect(inShadow).toBe(true);

  await launcher(page).click();
  await openPanelSettled(page);
  await expect(panel(page).getByTestId('balance')).toHaveText('1,250 points');
  // Our reset reaches every element in the shadow root: no browser default margins or borders.
  const title = panel(page).getByRole('heading', { level: 2 });
  expect(await title.evaluate((h) => getComputedStyle(h).margin)).toBe('0px');
  const close = panel(page).getByRole('button', { name: 'Close' });
  expect(await close.evaluate((b) => getComputedStyle(b).borderTopStyle)).toBe('none');
  // English panel messages arrive with the panel chunk, not the entry.
  await expect(panel(page).getByText('Your balance')).toBeVisible();
  await panel(page)
    .getByRole('button', { name: /Ways to redeem/ })
    .click();
  await expect(panel(page).getByRole('heading', { name: 'Ways to redeem' })).toBeFocused();
  await expect(panel(page).getByRole('listitem')).toHaveCount(7);
  await expect(panel(page).getByText('$5 off your order')).toBeVisible();
  await expect(launcher(page)).toHaveAttribute('aria-expanded', 'true');

  await page.screenshot({ path: 'test-results/storefront-panel-open.png' });
  expect(errors).toEqual([]);
});

test('keyboard: open with Enter, focus moves in, Escape closes and focus returns', async ({
  page,
}) => {
  await page.goto('/');
  await expect(launcher(page)).toHaveText('1,250 points');
  await launcher(page).focus();
  await page.keyboard.press('Enter');
  await expect(panel(page)).toBeVisible();
  const focusedInside = await page.evaluate(() => {
    const root = document.querySelector('loyalty-launcher')?.shadowRoot;
    return root?.activeElement?.closest('dialog') !== null;
  });
  expect(focusedInside).toBe(true);

  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(launcher(page)).toBeFocused();
  await expect(launcher(page)).toHaveAttribute('aria-expanded', 'false');
});

test("the host page's CSS does not reach the widget, and the widget adds no styles to the page", async ({
  page,
}) => {
  await page.goto('/product.html');
  await page.addStyleTag({
    content:
      'button { background: red !important; color: yellow !important; font-size: 40px !important; }',
  });
  await expect(launcher(page)).toHaveText('1,250 points');

  const computed = (button: HTMLElement) => {
    const style = getComputedStyle(button);
    return { background: style.backgroundColor, color: style.color, fontSize: style.fontSize };
  };
  // The hostile rule is live on the store's own button...
  expect(await page.getByRole('button', { name: 'Add to cart' }).evaluate(computed)).toEqual({
    background: 'rgb(255, 0, 0)',
    color: 'rgb(255, 255, 0)',
    fontSize: '40px',
  });
  // ...and never reaches ours.
  expect(await launcher(page).evaluate(computed)).toEqual({
    background: 'rgb(14, 116, 144)', // data-brand-color="#0e7490"
    color: 'rgb(255, 255, 255)',
    fontSize: '14px',
  });

  // Nothing of ours in the page's styles: no <style> but the test's own, no adopted sheets on the document.
  expect(await page.evaluate(() => document.querySelectorAll('style').length)).toBe(1);
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
  // The store's typography is untouched.
  const storeFont = await page
    .locator('header.site .brand')
    .evaluate((a) => getComputedStyle(a).fontFamily);
  expect(storeFont).toContain('Georgia');
});

test('no accessibility violations, closed and open', async ({ page }) => {
  await page.goto('/product.html');
  await expect(launcher(page)).toHaveText('1,250 points');
  const closed = await new AxeBuilder({ page }).analyze();
  expect(closed.violations).toEqual([]);

  await launcher(page).click();
  await openPanelSettled(page);
  const open = await new AxeBuilder({ page }).include('loyalty-launcher').analyze();
  expect(open.violations).toEqual([]);
});

test('Arabic renders right to left with the launcher mirrored to the left corner', async ({
  page,
}) => {
  await page.goto('/?lang=ar');
  const button = page.locator('loyalty-launcher').getByRole('button', { name: /المكافآت/ });
  await expect(button).toHaveText(pointsIn('ar', 1250));
  const box = await button.boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport && box.x + box.width / 2 < viewport.width / 2).toBe(true);

  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Harbor Rewards' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('رصيدك')).toBeVisible();
  const direction = await dialog.evaluate((element) => getComputedStyle(element).direction);
  expect(direction).toBe('rtl');
  await page.screenshot({ path: 'test-results/storefront-panel-ar.png' });
});

test('the panel loads lazily: the production entry alone does not carry it', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/');
  await expect(launcher(page)).toHaveText('1,250 points');
  expect(requested.some((path) => path.includes('loyaltykit-panel'))).toBe(false);

  await launcher(page).hover();
  await expect.poll(() => requested.some((path) => path.includes('loyaltykit-panel'))).toBe(true);
});

test('deep links: a URL parameter, the API and calls queued before the script loads open the right page', async ({
  page,
}) => {
  await page.goto('/product.html?loyalty=redeem');
  await expect(panel(page).getByRole('heading', { name: 'Ways to redeem' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();

  await page.evaluate(() =>
    (window as unknown as { LoyaltyKit: { open(page: string): void } }).LoyaltyKit.open('vip'),
  );
  await expect(panel(page).getByRole('heading', { name: 'VIP tiers' })).toBeVisible();

  await page.addInitScript(() => {
    (window as unknown as { LoyaltyKit: unknown[] }).LoyaltyKit = [['open', 'activity']];
  });
  await page.goto('/');
  await expect(panel(page).getByRole('heading', { name: 'Activity' })).toBeVisible();
});

test('a member redeems a reward once, however fast they click, and everything on the page agrees', async ({
  page,
}) => {
  await page.goto('/?loyalty=rewards');
  await openPanelSettled(page);
  const unusedBefore = await panel(page).getByRole('listitem').count();

  await page.getByRole('button', { name: 'Back' }).click();
  await panel(page)
    .getByRole('button', { name: /Ways to redeem/ })
    .click();
  const row = panel(page).getByRole('listitem').filter({ hasText: '$5 off your order' });
  await row.getByRole('button', { name: 'Redeem' }).click();
  // Five clicks in one task, faster than any re-render can disable the button:
  // only the flow's one-intent rule stands between them and five redemptions.
  await row.getByRole('button', { name: 'Redeem now' }).evaluate((button: HTMLButtonElement) => {
    for (let i = 0; i < 5; i++) button.click();
  });
  const code = row.getByTestId('redemption-code');
  await expect(code).toHaveText(/^\S+$/);

  // 1,250 − 500 once: the launcher reads the same model as the panel.
  await expect(launcher(page)).toHaveText('750 points');
  await expect(panel(page).getByRole('status')).toContainText(
    `Your code for $5 off your order: ${await code.textContent()}`,
  );

  await page.getByRole('button', { name: 'Back' }).click();
  await panel(page)
    .getByRole('button', { name: /My rewards/ })
    .click();
  await expect(panel(page).getByRole('listitem')).toHaveCount(unusedBefore + 1);
});
