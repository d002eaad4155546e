import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { CHECKOUT, configure, mintToken, panel, test } from './support/mock-api.ts';

// While the programme and the shopper load, the panel holds the room of its
// content with placeholder blocks: it does not jump when the content arrives.

/** Holds every API request until the returned function is called. */
async function holdApi(page: Page, apiUrl: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(`${apiUrl}/**`, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The dialog's box once its opening animation is over. */
async function settledBox(page: Page) {
  await panel(page).evaluate((d) => Promise.all(d.getAnimations().map((a) => a.finished)));
  return panel(page).boundingBox();
}

const skeleton = (page: Page) => panel(page).getByTestId('panel-skeleton');

const desktop = { width: 1280, height: 900 };
for (const [name, viewport, locale, loadingText] of [
  ['desktop', desktop, 'en', 'Loading your rewards…'],
  ['phone', { width: 390, height: 844 }, 'en', 'Loading your rewards…'],
  ['Arabic', desktop, 'ar', 'جارٍ تحميل مكافآتك…'],
  ['Thai', desktop, 'th', 'กำลังโหลดรางวัลของคุณ…'],
] as const) {
  test(`${name}: placeholders while loading, then the member's home in the same box`, async ({
    page,
    api,
  }) => {
    await page.setViewportSize(viewport);
    await configure(page, {
      apiUrl: api.url,
      customerToken: await mintToken(api.engine.personas.member),
      locale,
    });
    const release = await holdApi(page, api.url);
    // A deep link opens the panel at boot, before anything has loaded.
    await page.goto(`${CHECKOUT}?loyalty=home`);
    await expect(skeleton(page)).toBeVisible();
    await expect(panel(page).getByText(loadingText)).toBeAttached();
    await expect(panel(page).locator('[aria-busy="true"]')).toHaveCount(1);
    const loading = await settledBox(page);
    const { violations } = await new AxeBuilder({ page }).include('loyalty-launcher').analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: `test-results/panel-skeleton-${name}.png` });

    release();
    await expect(panel(page).getByTestId('balance')).toHaveText(/1,250|١٬٢٥٠/);
    await expect(skeleton(page)).toHaveCount(0);
    await expect(panel(page).locator('[aria-busy]')).toHaveCount(0);
    const loaded = await panel(page).boundingBox();
    expect(loaded).toEqual(loading);
    await page.screenshot({ path: `test-results/panel-loaded-${name}.png` });
  });
}

test('the placeholders pulse, unless the shopper asks for reduced motion', async ({
  page,
  api,
}) => {
  await configure(page, { apiUrl: api.url });
  await holdApi(page, api.url);
  await page.goto(`${CHECKOUT}?loyalty=home`);
  await expect(skeleton(page)).toBeVisible();
  const animations = () => skeleton(page).evaluate((s) => s.getAnimations().length);
  expect(await animations()).toBe(1);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await animations()).toBe(0);
});
