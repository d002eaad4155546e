import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { PANEL_PAGES } from '../packages/core/src/model.ts';
import { TEST_LOCALES } from './support/catalogs.ts';
import { dialog, launcher, openAt } from './support/journey.ts';

// Every panel page and every embed of the demo store, in every language, at a phone's and a
// desktop's width, light and dark: axe clean, nothing wider than the screen, and a screenshot of
// each in reports/gallery/ for a person to look at (the issue 17 review set).

const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
const SCHEMES = ['light', 'dark'] as const;
/** The store's pages with embeds on them, and the embed each one shows. */
const EMBED_PAGES = [
  ['product', '/product.html'],
  ['collection', '/collection.html'],
  ['cart', '/cart.html'],
  ['account', '/account.html'],
  ['order', '/order.html'],
  ['rewards', '/rewards.html'],
] as const;
/** Our widgets on those pages, for axe. */
const EMBEDS = [
  'launcher',
  'product-points',
  'cart-points',
  'checkout-redemption',
  'account-summary',
  'order-points',
  'landing',
]
  .map((name) => `loyalty-${name}`)
  .join(', ');
const shots = new URL('../reports/gallery/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });

/** Waits until nothing of ours is loading or moving, and the page's fonts are in. */
async function settled(page: Page) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await page.evaluate(async () => {
    await document.fonts.ready;
    // document.getAnimations() leaves out animations in shadow trees (the panel's opening fade):
    // ask every shadow root too.
    const roots = [...document.querySelectorAll('*')].flatMap((e) => e.shadowRoot ?? []);
    await Promise.all(
      [document, ...roots].flatMap((root) => root.getAnimations()).map((a) => a.finished),
    );
  });
}

async function check(page: Page, include: string, name: string) {
  await settled(page);
  const { violations } = await new AxeBuilder({ page }).include(include).analyze();
  expect(
    violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`)),
    `axe on ${name}`,
  ).toEqual([]);
  // Nothing of ours makes the page scroll sideways, and the open panel's content fits in it.
  const overflow = await page.evaluate(() => {
    const open = document.querySelector('loyalty-launcher')?.shadowRoot?.querySelector('dialog');
    return {
      page: document.documentElement.scrollWidth - window.innerWidth,
      panel: open?.open ? open.scrollWidth - open.clientWidth : 0,
    };
  });
  expect(overflow, `horizontal overflow on ${name}`).toEqual({ page: 0, panel: 0 });
  await page.screenshot({ path: `${shots}${name}.png` });
}

for (const locale of TEST_LOCALES) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    for (const scheme of SCHEMES) {
      const key = `${locale}-${size}-${scheme}`;
      test(`gallery ${key}: every panel page and embed`, async ({ page }) => {
        test.setTimeout(90_000);
        // Only our origin: share links and images elsewhere are out of this test's world.
        await page.context().route(/^https:\/\//, (route) => route.abort());
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: scheme });

        for (const [name, path] of EMBED_PAGES) {
          await page.goto(`${path}?lang=${locale}`);
          await expect(launcher(page)).toBeVisible();
          await check(page, EMBEDS, `${key}-${name}`);
        }

        // The member's panel, page by page, then the guest's.
        for (const where of PANEL_PAGES) {
          await openAt(page, where);
          await expect(dialog(page)).toBeVisible();
          await check(page, 'loyalty-launcher', `${key}-panel-${where}`);
        }
        await page.keyboard.press('Escape');
        await page.evaluate(() =>
          (window as unknown as { LoyaltyKit: { signOut(): Promise<void> } }).LoyaltyKit.signOut(),
        );
        await openAt(page, 'home');
        await expect(dialog(page)).toBeVisible();
        await check(page, 'loyalty-launcher', `${key}-panel-guest`);
      });
    }
  }
}
