import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { observeLayoutShift } from './support/layout-shift.ts';

// The demo store's rewards page carries the landing section as pasted static HTML
// (examples/storefront/serve.mjs renders it with packages/embed/node/landing-snippet.tsx).

const landing = (page: Page) => page.locator('loyalty-landing');

test('the pasted landing section shows, styled and in the shop’s language, before any script runs', async ({
  page,
}) => {
  await page.route('**/loyaltykit/**', (route) => route.abort());
  await page.goto('/rewards.html?lang=ar');
  await expect(landing(page).getByRole('heading', { level: 2 })).toHaveText('Harbor Rewards');
  await expect(landing(page).getByRole('heading', { name: 'طرق كسب النقاط' })).toBeVisible();
  const join = landing(page).getByRole('link', { name: 'انضم الآن' });
  await expect(join).toHaveAttribute('href', '/account/register');
  // Styled by the snippet's own stylesheet: the join link is a button in the brand's colours
  // swapped, on the hero's brand colour, laid out right to left.
  await expect(join).toHaveCSS('color', 'rgb(14, 116, 144)');
  await expect(join).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await expect(landing(page).locator('article > div').first()).toHaveCSS(
    'background-image',
    /linear-gradient\(135deg, rgb\(14, 116, 144\) 35%/,
  );
  await expect(landing(page).locator('[dir]').first()).toHaveAttribute('dir', 'rtl');
  expect(
    await page.evaluate(() => document.querySelector('loyalty-landing')?.shadowRoot?.mode),
  ).toBe('open');
  // On the store's dark scheme too (the snippet follows prefers-color-scheme): readable, axe clean.
  await page.emulateMedia({ colorScheme: 'dark' });
  const { violations } = await new AxeBuilder({ page }).include('loyalty-landing').analyze();
  expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual(
    [],
  );
});

test('the script takes the pasted section over in place: the member gets their way in, nothing moves', async ({
  page,
}) => {
  const cls = await observeLayoutShift(page);
  await page.goto('/rewards.html');
  // The demo signs the member in: the live section swaps the join links for their rewards.
  await expect(landing(page).getByRole('button', { name: 'My rewards' })).toBeVisible();
  await expect(landing(page).getByRole('link', { name: 'Join now' })).toHaveCount(0);
  // The pasted copy is gone, not hidden beside the live one.
  await expect(landing(page).getByRole('heading', { level: 2 })).toHaveCount(1);
  await landing(page).getByRole('button', { name: 'My rewards' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.waitForTimeout(300);
  expect(await cls()).toBe(0);
});

test('on a slow network the pasted section holds still until the live one takes over', async ({
  page,
}) => {
  const cls = await observeLayoutShift(page);
  // The runtime arrives well before the landing's own chunk: our styles must not restyle the
  // pasted copy meanwhile.
  await page.route(/loyaltykit-(demo|panel)\./, async (route) => {
    await new Promise((resolve) =>
      setTimeout(resolve, route.request().url().includes('panel') ? 1500 : 800),
    );
    await route.continue();
  });
  await page.goto('/rewards.html');
  await expect(landing(page).getByRole('button', { name: 'My rewards' })).toBeVisible({
    timeout: 10_000,
  });
  await page.waitForTimeout(300);
  expect(await cls()).toBe(0);
});

test('when the section’s code cannot load, the pasted section stays', async ({ page }) => {
  await page.route('**/loyaltykit-panel.*', (route) => route.abort());
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto('/rewards.html');
  await expect.poll(() => warnings.join('\n')).toContain('The panel widget could not be loaded');
  await expect(landing(page).getByRole('heading', { name: 'Ways to earn' })).toBeVisible();
  await expect(landing(page).getByRole('link', { name: 'Join now' })).toBeVisible();
});

for (const [locale, question] of [
  ['en', 'How do I use my points?'],
  ['ar', 'كيف أستخدم نقاطي؟'],
] as const) {
  test(`the landing page in ${locale} at 390 and 1280 px, light and dark: answers open from the keyboard, axe clean`, async ({
    page,
  }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [390, 1280]) {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`/rewards.html?lang=${locale}`);
        const summary = landing(page).getByText(question);
        await expect(landing(page).getByRole('button', { name: /./ }).first()).toBeVisible();
        await summary.focus();
        await page.keyboard.press('Enter');
        await expect(summary.locator('xpath=..')).toHaveAttribute('open', '');
        // Nothing wider than the screen, at either width.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(
          violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`)),
          `${colorScheme} ${width}`,
        ).toEqual([]);
        await page.keyboard.press(' ');
        await expect(summary.locator('xpath=..')).not.toHaveAttribute('open', '');
      }
    }
  });
}
