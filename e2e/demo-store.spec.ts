import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { pointsIn } from './support/catalogs.ts';
import { dialog, expectAxeClean, launcher as launcherButton, openAt } from './support/journey.ts';

const launcher = (page: Page) => page.locator('loyalty-launcher').getByRole('button');
const demoControls = (page: Page) => page.getByRole('region', { name: 'Demo controls' });
/** The bar's line saying who is signed in. */
const shopper = (page: Page) => demoControls(page).getByRole('status');

/** Signs a demo member in from the bar, as a merchant trying the store does. */
async function signInAs(page: Page, member: string) {
  await demoControls(page).getByLabel('Member').selectOption({ label: member });
  await demoControls(page).getByRole('button', { name: 'Sign in as demo member' }).click();
}

test('the demo bar says who is signed in, and the store keeps them signed in from page to page', async ({
  page,
}) => {
  await page.goto('/');
  // The demo's own member at first.
  await expect(shopper(page)).toHaveText('Demo Signed in as Maya · Silver');
  await expect(launcher(page)).toHaveText('1,250 points');

  await demoControls(page).getByRole('button', { name: 'Sign out' }).click();
  await expect(shopper(page)).toHaveText('Demo Browsing as a guest, signed out');
  await expect(launcher(page)).toHaveText('Rewards');
  await page.goto('/product.html');
  await expect(shopper(page)).toHaveText('Demo Browsing as a guest, signed out');

  // Any seed member: the Gold one here. The widgets switch at once.
  await signInAs(page, 'Olivia · Gold');
  await expect(shopper(page)).toHaveText('Demo Signed in as Olivia · Gold');
  await expect(launcher(page)).toHaveText('4,325 points');

  // The next page starts as her: the store renders her token into the script tag, as a shop's
  // server would, so the demo's default member never shows, not even for a moment.
  const balances: string[] = [];
  await page.exposeFunction('seen', (text: string) => balances.push(text));
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const text = document.querySelector('loyalty-launcher')?.shadowRoot?.textContent;
      if (text) (window as unknown as { seen(t: string): void }).seen(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto('/cart.html');
  await expect(shopper(page)).toHaveText('Demo Signed in as Olivia · Gold');
  await expect(launcher(page)).toHaveText('4,325 points');
  expect(balances.some((text) => text.includes('1,250'))).toBe(false);

  // Choosing another member while signed in switches to them.
  await demoControls(page).getByLabel('Member').selectOption({ label: 'Noah · Bronze' });
  await expect(shopper(page)).toHaveText('Demo Signed in as Noah · Bronze');
  await expect(launcher(page)).toHaveText('200 points');
});

test('the Gold member redeems the Gold-only gift card, which the Silver member sees locked', async ({
  page,
}) => {
  await page.goto('/?loyalty=redeem');
  const gift = () => dialog(page).getByRole('listitem').filter({ hasText: '$25 gift card' });
  await expect(gift()).toContainText('Gold members only');
  await expect(gift().getByRole('button', { name: 'Redeem', exact: true })).toHaveCount(0);
  await page.keyboard.press('Escape');

  await signInAs(page, 'Olivia · Gold');
  await expect(launcher(page)).toHaveText('4,325 points');
  await openAt(page, 'redeem');
  await gift().getByRole('button', { name: 'Redeem', exact: true }).click();
  await gift().getByRole('button', { name: 'Redeem now' }).click();
  await expect(gift().getByTestId('redemption-code')).toHaveText(/^HARBOR-\w+$/);
  await expect(launcherButton(page)).toHaveText('1,825 points');
  await expectAxeClean(page, 'gift card redeemed');
});

test('a free-shipping code makes the cart’s shipping free: from the checkout, and held from the panel on another page', async ({
  page,
}) => {
  const totals = () =>
    page
      .locator('#totals')
      .evaluate((dl) =>
        [...dl.querySelectorAll('div')].map((row) =>
          (row as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
        ),
      );
  await page.goto('/cart.html');
  expect(await totals()).toEqual([
    'Subtotal $227.00',
    'Shipping $9.00',
    'Discount None',
    'Total $236.00',
  ]);

  // Maya applies free shipping at checkout for 800 points; removing it puts shipping back.
  const checkout = page.locator('loyalty-checkout-redemption');
  await checkout
    .getByLabel('Choose a reward')
    .selectOption({ label: 'Free shipping for 800 points' });
  await checkout.getByRole('button', { name: 'Apply' }).click();
  await expect(page.locator('#shipping')).toHaveText('Free (was $9.00)');
  const code = await page.locator('#code').inputValue();
  expect(code).toMatch(/^HARBOR-\w+$/);
  expect(await totals()).toEqual([
    'Subtotal $227.00',
    'Shipping Free (was $9.00)',
    `Discount Free shipping (${code})`,
    'Total $227.00',
  ]);
  await checkout.getByRole('button', { name: 'Remove' }).click();
  await expect(page.locator('#shipping')).toHaveText('$9.00');
  await expect(page.locator('#total')).toHaveText('$236.00');

  // Olivia holds a free-shipping code: applied from My rewards on a product page, the cart has it.
  await page.goto('/product.html');
  await signInAs(page, 'Olivia · Gold');
  await expect(launcher(page)).toHaveText('4,325 points');
  await openAt(page, 'rewards');
  const held = dialog(page).getByRole('listitem').filter({ hasText: 'Free shipping' });
  await held.getByRole('button', { name: 'Apply to cart' }).click();
  await page.goto('/cart.html');
  await expect(page.locator('#shipping')).toHaveText('Free (was $9.00)');
  await expect(page.locator('#total')).toHaveText('$227.00');
  await expect(page.locator('#code')).toHaveValue(/^HARBOR-\w+$/);
  // The order uses it, and the cart lets it go.
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.locator('#order-code')).toContainText('Discount code used: HARBOR-');
  await page.goto('/cart.html');
  await expect(page.locator('#shipping')).toHaveText('$9.00');
});

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

const STORE_PAGES = [
  '/',
  '/collection.html',
  '/product.html',
  '/cart.html',
  '/account.html',
  '/order.html',
];
for (const locale of ['en', 'ar'] as const) {
  for (const path of STORE_PAGES) {
    test(`${path} in ${locale}, light at 1280 px and dark at 390 px: axe clean, nothing wider than the screen`, async ({
      page,
    }) => {
      for (const [colorScheme, width] of [
        ['light', 1280],
        ['dark', 390],
      ] as const) {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${path}?lang=${locale}`);
        await expect(launcherButton(page)).toHaveText(pointsIn(locale, 1250));
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(
          violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`)),
          `${colorScheme} ${width}`,
        ).toEqual([]);
      }
    });
  }
}
