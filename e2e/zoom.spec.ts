import { expect, type Page, test } from '@playwright/test';
import { boxOf, centre, hitAt, hostPage, insideViewport } from './support/host-page.ts';

// Issue 13, item 2: a theme that zooms its page (`body{zoom:1.25}`) zooms our
// widgets too; the launcher and the open panel still fit the viewport, and
// the panel's Close button is on screen and takes a real click. Left to
// right and right to left, on a laptop and a phone.

const launcher = (page: Page) => page.locator('loyalty-launcher').getByRole('button').first();
const panel = (page: Page) => page.locator('loyalty-launcher').getByRole('dialog');

const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
];
const ZOOMS = [
  'body{zoom:1.25}',
  'body{zoom:2}',
  'body{zoom:3}',
  'body{zoom:0.5}',
  'html{zoom:1.5}',
];

for (const viewport of VIEWPORTS) {
  // A phone at zoom 3 leaves the page 130 px of its own width: nothing of the page fits that either.
  for (const css of ZOOMS.filter((zoom) => viewport.width > 400 || !zoom.includes('zoom:3'))) {
    for (const locale of ['en', 'ar']) {
      test(`${css} at ${viewport.width}×${viewport.height}, ${locale}: launcher and panel fit the viewport`, async ({
        page,
      }) => {
        await page.setViewportSize(viewport);
        await hostPage(page, {
          css,
          attributes: `data-locale="${locale}"`,
          lang: locale,
          dir: locale === 'ar' ? 'rtl' : 'ltr',
        });
        await expect(launcher(page)).toBeVisible();
        expect(insideViewport(await boxOf(page, 'button[aria-haspopup]'))).toBe(true);
        await launcher(page).click();
        await expect(panel(page)).toBeVisible();
        expect(insideViewport(await boxOf(page, 'dialog'))).toBe(true);
        const close = await boxOf(page, 'dialog > div:first-child > div > button:last-child');
        expect(insideViewport(close)).toBe(true);
        // Its header's Close button is where a finger or a mouse reaches it.
        await page.mouse.click(centre(close).x, centre(close).y);
        await expect(panel(page)).toBeHidden();
        expect(await hitAt(page, centre(await boxOf(page, 'button[aria-haspopup]')))).toBe(
          'launcher',
        );
      });
    }
  }
}

test('a large launcher at zoom 2 on a phone stays on screen: its label gives way, its name stays whole', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await hostPage(page, { css: 'body{zoom:2}', attributes: 'data-size="large"' });
  await expect(launcher(page)).toHaveAccessibleName(/1,250 points/);
  expect(insideViewport(await boxOf(page, 'button[aria-haspopup]'))).toBe(true);
});
