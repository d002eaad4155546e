import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { openPanelPage, PANEL_PAGES } from './support/mock-api.ts';

// axe over the launcher and every panel page in every locale of the demo
// store, and a keyboard-only journey through a redemption.

const LOCALES = ['en', 'th', 'ko', 'ar'] as const;
const dialog = (page: Page) => page.locator('loyalty-launcher dialog[open]');

/** Violations inside our element, as "rule: target" lines (readable when they fail). */
async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page })
    .include('loyalty-launcher')
    .analyze();
  return found.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

for (const locale of LOCALES) {
  test(`axe: the launcher and every panel page in ${locale}`, async ({ page }) => {
    await page.goto(`/product.html?lang=${locale}`);
    // The seed member's balance, whatever the language: the widget has loaded.
    await expect(page.locator('loyalty-launcher button[aria-haspopup]')).toHaveText(/1,250/);
    const found: Record<string, string[]> = { launcher: await violations(page) };
    for (const name of Object.keys(PANEL_PAGES)) {
      await openPanelPage(page, name);
      await expect(dialog(page)).toBeVisible();
      // Colours are judged as shoppers see them: after the opening animation.
      await dialog(page).evaluate((d) => Promise.all(d.getAnimations().map((a) => a.finished)));
      await expect(dialog(page).locator('[aria-busy="true"]')).toHaveCount(0);
      found[name] = await violations(page);
    }
    expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0))).toEqual({});
  });
}

/** The accessible name of the focused element, through shadow roots. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.getAttribute('aria-label') || active?.textContent?.trim() || '';
  });

/**
 * Presses Tab until the focused element's name matches, as a keyboard user would; fails on
 * the way at a stop whose name matches `never`.
 */
async function tabTo(page: Page, name: RegExp, limit = 30, never?: RegExp) {
  for (let i = 0; i < limit; i++) {
    const focused = await focusedName(page);
    if (name.test(focused)) return;
    if (never?.test(focused)) throw new Error(`Tab stopped at "${focused}"`);
    await page.keyboard.press('Tab');
  }
  throw new Error(
    `No ${name} within ${limit} Tab presses; stopped at "${await focusedName(page)}"`,
  );
}

test('keyboard only: open, go to redeem, redeem, Escape, focus back on the launcher', async ({
  page,
}) => {
  const launcher = page.locator('loyalty-launcher button[aria-haspopup]');
  await page.goto('/product.html');
  await expect(launcher).toHaveText('1,250 points');

  await tabTo(page, /^Rewards: 1,250 points\. A reward is ready to redeem$/);
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  // The balance card (inside the scrolling content) is no stop on the way.
  await tabTo(page, /^Ways to redeem/, 30, /^Hi Maya/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Ways to redeem' })).toBeFocused();

  const row = dialog(page).getByRole('listitem').filter({ hasText: '$5 off your order' });
  await tabTo(page, /^Redeem$/);
  await expect(row.getByRole('button', { name: 'Redeem', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  // Focus goes to the question once it has rendered (an effect after its paint); the next stop
  // is its yes.
  await expect.poll(() => focusedName(page)).toBe('Spend 500 points on $5 off your order?');
  await tabTo(page, /^Redeem now$/, 2);
  await page.keyboard.press('Enter');
  await expect(row.getByTestId('redemption-code')).toHaveText(/^\S+$/);
  await expect(launcher).toHaveText('750 points');
  // The code's ticket has focus, and its copy button is the next stop.
  await expect.poll(() => focusedName(page)).toBe('Your code for $5 off your order');
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe('Copy code');

  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  await expect(launcher).toBeFocused();
});
