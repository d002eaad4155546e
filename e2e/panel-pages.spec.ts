import { expect, type Page, test } from '@playwright/test';
import { usStoreTranslations } from '../packages/mock-backend/src/seeds/us-store-translations.ts';
import { CATALOGS, TEST_LOCALES, type TestLocale } from './support/catalogs.ts';
import { dialog, expectAxeClean } from './support/journey.ts';

// The panel's pages as the demo member sees them in every language, at a phone's and a desktop's
// width, light and dark: every way to earn and every link has its icon, points in and out differ
// by sign and icon, the member's tier is marked current, the live bonus events are on the home
// page, arrows point the reading way, and axe finds nothing.

/** The demo store with the script tag in `scheme` (data-scheme), as a merchant would set it. */
async function store(page: Page, locale: TestLocale, scheme: 'light' | 'dark', where: string) {
  await page.route(/\.html/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      'data-api-url="demo"',
      `data-api-url="demo" data-scheme="${scheme}"`,
    );
    await route.fulfill({ response, body });
  });
  await page.goto(`/product.html?lang=${locale}&loyalty=${where}`);
  await expect(dialog(page)).toBeVisible();
}

/** The transform the first chevron of the home page's links is drawn with. */
const chevronTransform = (page: Page) =>
  dialog(page)
    .getByRole('navigation')
    .locator('svg')
    .nth(1)
    .evaluate((svg) => getComputedStyle(svg).transform);

for (const locale of TEST_LOCALES) {
  const t = CATALOGS[locale];
  const texts = locale === 'en' ? undefined : usStoreTranslations[locale];
  for (const width of [390, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`panel pages in ${locale} at ${width} px, ${scheme}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });

        // Home: the live collection bonus is news here, and every link has its icon.
        await store(page, locale, scheme, 'home');
        const bonusTitle =
          texts?.bonusEvents?.bonus_outerwear?.title ?? 'Double points on outerwear this week';
        const bonus = dialog(page).getByRole('listitem').filter({ hasText: bonusTitle });
        await expect(bonus).toContainText(t['panel.bonusCollections'] as string);
        const links = dialog(page).getByRole('navigation').getByRole('button');
        for (const link of await links.all()) {
          await expect(link.locator('svg[aria-hidden="true"]')).toHaveCount(2);
        }
        expect(await chevronTransform(page)).toBe(
          locale === 'ar' ? 'matrix(-1, 0, 0, 1, 0, 0)' : 'none',
        );
        await expectAxeClean(page, `${locale} home`);

        // Ways to earn: each rule's icon, and no two kinds drawn alike.
        await links.nth(1).click();
        const rules = dialog(page).locator('ul > li:has(> span > svg)');
        await expect(rules).toHaveCount(7);
        const icons = await rules.evaluateAll((rows) =>
          rows.map((row) => row.querySelector('svg path')?.getAttribute('d')),
        );
        expect(new Set(icons).size).toBe(icons.length);
        await expectAxeClean(page, `${locale} earn`);

        // Activity: signed numbers, in words screen readers say (no part of them hidden).
        await dialog(page)
          .getByRole('button', { name: t['panel.back'] as string })
          .click();
        await links.last().click();
        const rows = dialog(page).locator('ul > li');
        await expect(rows.first()).toContainText('+120');
        await expect(dialog(page).getByText(/-500/).first()).toBeVisible();
        await expect(rows.locator('[aria-hidden="true"]:not(svg)')).toHaveCount(0);
        await expectAxeClean(page, `${locale} activity`);

        // VIP: the member's tier is the current one.
        await dialog(page)
          .getByRole('button', { name: t['panel.back'] as string })
          .click();
        await dialog(page)
          .getByRole('button', { name: t['nav.vip'] as string })
          .click();
        await expect(dialog(page).locator('li[aria-current="true"]')).toContainText(
          t['vip.yours'] as string,
        );
        await expectAxeClean(page, `${locale} vip`);
      });
    }
  }
}
