// What the member-journey specs (our mock, Voucherify, LoyaltyLion) share: the
// launcher and the open panel, opening a panel page through the API, axe over
// our widgets, and the widget events the page saw.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const launcher = (page: Page) => page.locator('loyalty-launcher button[aria-haspopup]');
export const dialog = (page: Page) => page.locator('loyalty-launcher dialog[open]');

/** `LoyaltyKit.open(where)`, as a merchant's own link would call it. */
export const openAt = (page: Page, where: string) =>
  page.evaluate(
    (p) => (window as unknown as { LoyaltyKit: { open(page: string): void } }).LoyaltyKit.open(p),
    where,
  );

/** axe over our widgets as they are now, once the panel has stopped moving and loading. */
export async function expectAxeClean(page: Page, step: string) {
  if (await dialog(page).count()) {
    await dialog(page).evaluate((d) => Promise.all(d.getAnimations().map((a) => a.finished)));
    await expect(dialog(page).locator('[aria-busy="true"]')).toHaveCount(0);
  }
  const { violations } = await new AxeBuilder({ page }).include('loyalty-launcher').analyze();
  expect(
    violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`)),
    step,
  ).toEqual([]);
}

/**
 * Records the page's `loyalty:redeem` and `loyalty:redemption-cancelled`
 * events from its first script on; the returned function reads them.
 */
export async function recordWidgetEvents(page: Page) {
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { seen: unknown[] }).seen = seen;
    for (const type of ['redeem', 'redemption-cancelled']) {
      document.addEventListener(`loyalty:${type}`, (event) =>
        seen.push({ type, detail: (event as CustomEvent).detail }),
      );
    }
  });
  return () => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
}
