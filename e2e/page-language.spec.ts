import { expect } from '@playwright/test';
import { pointsIn } from './support/catalogs.ts';
import { mintToken, test } from './support/mock-api.ts';
import { servePage } from './support/serve-page.ts';

// A store whose page says <html lang="ar" dir="rtl"> and whose tag names no
// locale gets the widgets in Arabic, right to left; a language we do not have
// falls back to English (issue 13, item 4).

for (const [lang, dir, locale] of [
  ['ar', 'rtl', 'ar'],
  ['th-TH', 'ltr', 'th'],
  ['fr', 'ltr', 'en'],
] as const) {
  test(`a page in "${lang}" with no data-locale gets the widgets in ${locale}`, async ({
    page,
    api,
  }) => {
    const bundle = new URL('/loyaltykit/loyaltykit.js', test.info().project.use.baseURL).href;
    const token = await mintToken(api.engine.personas.member);
    const shop = await servePage(
      `<script async src="${bundle}" data-api-url="${api.url}" data-publishable-key="pk_demo" data-customer-token="${token}"></script>`,
      { lang, dir },
    );
    try {
      await page.goto(shop.url);
      const launcher = page.locator('loyalty-launcher').getByRole('button');
      await expect(launcher).toHaveText(pointsIn(locale, 1250));
      await expect(page.locator('loyalty-launcher').locator('[dir]').first()).toHaveAttribute(
        'dir',
        locale === 'ar' ? 'rtl' : 'ltr',
      );
    } finally {
      shop.close();
    }
  });
}
