import { expect, type Page, test } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium.ts';
import { hostPage } from './support/host-page.ts';

// Issue 13, item 5: while the panel is open the page behind it does not
// scroll, and closing it leaves the page where it was, without the jump a
// vanishing scrollbar would cause. Real scrollbars here: headless Chromium
// hides them unless told not to.
test.use({ launchOptions: { ...chromiumLaunchOptions, ignoreDefaultArgs: ['--hide-scrollbars'] } });

const launcher = (page: Page) =>
  page.locator('loyalty-launcher').getByRole('button', { name: /Rewards/ });
const panel = (page: Page) => page.locator('loyalty-launcher').getByRole('dialog');

/** Where the page is scrolled, how wide its body is laid out, and where its centred heading starts. */
const layout = (page: Page) =>
  page.evaluate(() => ({
    scrollY,
    body: document.body.getBoundingClientRect().width,
    heading: document.querySelector('h1')?.getBoundingClientRect().left,
  }));

for (const [name, close] of [
  ['Escape', (page: Page) => page.keyboard.press('Escape')],
  ['the Close button', (page: Page) => panel(page).getByRole('button', { name: 'Close' }).click()],
] as const) {
  test(`the page does not scroll behind the open panel, and ${name} leaves it as it was`, async ({
    page,
  }) => {
    await hostPage(page, { css: 'h1{max-inline-size:600px;margin-inline:auto}' });
    await expect(launcher(page)).toBeVisible();
    await page.evaluate(() => scrollTo(0, 1500));
    const before = await layout(page);
    // A classic scrollbar takes room here, or the gutter check below would prove nothing.
    expect(await page.evaluate(() => document.documentElement.clientWidth)).toBeLessThan(
      page.viewportSize()?.width ?? 0,
    );
    await launcher(page).click();
    await expect(panel(page)).toBeVisible();
    expect(await layout(page)).toEqual(before);
    // Wheel and keys over the backdrop, where the page is.
    await page.mouse.move(80, 200);
    await page.mouse.wheel(0, 900);
    await page.waitForTimeout(300);
    expect(await layout(page)).toEqual(before);
    await close(page);
    await expect(panel(page)).toBeHidden();
    expect(await layout(page)).toEqual(before);
    // The page scrolls again.
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before.scrollY);
  });
}

test("the page's own inline overflow comes back as it was after the panel closes", async ({
  page,
}) => {
  await hostPage(page, {});
  await page.evaluate(() => document.documentElement.style.setProperty('overflow-x', 'clip'));
  await launcher(page).click();
  await expect(panel(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBe(
    'overflow-x: clip;',
  );
});
