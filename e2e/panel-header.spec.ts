import { expect, type Page, test } from '@playwright/test';
import { dialog, expectAxeClean, launcher } from './support/journey.ts';
import { contrastRatio } from './support/text-contrast.ts';

// The panel's branded header in the built script tag: the merchant's logo and picture from the
// tag's data-logo-url and data-header-image (through the same http(s)-only check as every URL),
// a gradient of the brand colour that keeps its text readable for hard brand colours, and
// motion that stops entirely for shoppers who ask for reduced motion.

const LOGO = '/test/brand-logo.svg';
const PICTURE = 'https://cdn.shop.example/loyalty-header.svg';
const SVG = (fill: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="${fill}"/></svg>`;

/** Serves a page at /test/header.html with the script tag given these attributes, and our images. */
async function open(page: Page, attributes: string) {
  await page.route(`**${LOGO}`, (route) =>
    route.fulfill({ contentType: 'image/svg+xml', body: SVG('#fff') }),
  );
  await page.route(PICTURE, (route) =>
    route.fulfill({ contentType: 'image/svg+xml', body: SVG('#fde68a') }),
  );
  await page.route('**/test/header.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script async src="/loyaltykit/loyaltykit.js" data-api-url="demo" ${attributes}></script></head><body><h1>Shop</h1></body></html>`,
    }),
  );
  await page.goto('/test/header.html');
  await expect(launcher(page)).toHaveText('1,250 points');
}

/** The header: the dialog's first part, above the body that scrolls. */
const header = (page: Page) => dialog(page).locator(':scope > div').first();

async function openPanel(page: Page) {
  await launcher(page).click();
  await expect(header(page).getByTestId('balance')).toHaveText('1,250 points');
}

/** Waits until the panel and everything in it has stopped moving. */
const settled = (page: Page) =>
  dialog(page).evaluate((d) =>
    Promise.all(d.getAnimations({ subtree: true }).map((a) => a.finished)),
  );

test('data-logo-url and data-header-image brand the panel header, named and axe clean', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await open(page, `data-logo-url="${LOGO}" data-header-image="${PICTURE}"`);
  await openPanel(page);

  const logo = header(page).locator(`img[src="${LOGO}"]`);
  const picture = header(page).locator(`img[src="${PICTURE}"]`);
  await expect(logo).toBeVisible();
  await expect(picture).toBeVisible();
  await settled(page);
  // Both really loaded and drawn, the picture across the whole header.
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  const [box, cover] = [await header(page).boundingBox(), await picture.boundingBox()];
  // Across the header (down to its hairline border).
  expect({ ...cover, height: 0 }).toEqual({ ...box, height: 0 });
  expect(Math.abs((cover?.height ?? 0) - (box?.height ?? 0))).toBeLessThanOrEqual(1);
  // Beside the programme's name the logo is decorative; the greeting and balance are the hero.
  await expect(logo).toHaveAttribute('alt', '');
  await expect(header(page).getByRole('heading', { level: 2 })).toHaveText('Harbor Rewards');
  await expect(header(page).getByText('Hi Maya')).toBeVisible();
  await expectAxeClean(page, 'home');

  // On another page the heading names the page, and the logo the programme; the header holds still.
  const height = box?.height;
  await dialog(page)
    .getByRole('button', { name: /Ways to earn/ })
    .click();
  await expect(header(page).getByRole('heading', { level: 2 })).toHaveText('Ways to earn');
  await expect(header(page).getByRole('img', { name: 'Harbor Rewards' })).toBeVisible();
  await settled(page);
  expect((await header(page).boundingBox())?.height).toBe(height);
  await expectAxeClean(page, 'earn');
  expect(warnings.filter((w) => w.includes('LoyaltyKit'))).toEqual([]);
});

test('from the keyboard the header is its heading and Close, then straight to the page’s first control: the balance and body are no stops', async ({
  page,
}) => {
  await open(page, `data-logo-url="${LOGO}"`);
  await launcher(page).focus();
  await page.keyboard.press('Enter');
  await expect(header(page).getByTestId('balance')).toHaveText('1,250 points');
  const focused = () =>
    page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.getAttribute('aria-label') || active?.textContent?.trim() || active?.localName;
    });
  // The dialog focuses its heading (screen readers say where they are), then Close, then the
  // home page's first link.
  await expect.poll(focused).toBe('Harbor Rewards');
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('Close');
  await page.keyboard.press('Tab');
  expect(await focused()).toMatch(/^Ways to redeem/);
  await page.keyboard.press('Shift+Tab');
  expect(await focused()).toBe('Close');
});

test('a script, data or protocol-relative URL in either attribute is reported and never drawn or fetched', async ({
  page,
}) => {
  const warnings: string[] = [];
  const requested: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  page.on('request', (r) => requested.push(r.url()));
  await page.context().route(/evil\.example/, (route) => route.abort());
  await open(page, `data-logo-url="javascript:alert(1)" data-header-image="//evil.example/x.svg"`);
  await openPanel(page);

  await expect(dialog(page).locator('img')).toHaveCount(0);
  // The header is still branded, by its gradient, and still says who and how much.
  await expect(header(page).getByText('Hi Maya')).toBeVisible();
  expect(warnings).toEqual([
    '[LoyaltyKit] data-logo-url="javascript:alert(1)" is invalid: expected an http(s) URL or a path on this site.',
    '[LoyaltyKit] data-header-image="//evil.example/x.svg" is invalid: expected an http(s) URL or a path on this site.',
  ]);
  expect(requested.filter((url) => url.includes('evil.example'))).toEqual([]);
});

/** `rgb(…)` or `color(srgb …)` colours in a computed value, as 0–255 channels. */
type Rgb = [number, number, number];

function colours(value: string): Rgb[] {
  const found: Rgb[] = [];
  for (const [, r, g, b] of value.matchAll(
    /rgba?\((\d+(?:\.\d+)?),? (\d+(?:\.\d+)?),? (\d+(?:\.\d+)?)/g,
  ))
    found.push([Number(r), Number(g), Number(b)]);
  for (const [, r, g, b] of value.matchAll(/color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/g))
    found.push([Number(r) * 255, Number(g) * 255, Number(b) * 255]);
  return found;
}

for (const scheme of ['light', 'dark']) {
  test(`the header's gradient keeps its text at 4.5:1 for five hard brand colours, ${scheme}`, async ({
    page,
  }) => {
    for (const brand of ['#f59e0b', '#111827', '#e11d48', '#16a34a', '#0e7490']) {
      await open(page, `data-brand-color="${brand}" data-scheme="${scheme}"`);
      await openPanel(page);
      const { image, text } = await header(page).evaluate((element) => {
        const style = getComputedStyle(element);
        return { image: style.backgroundImage, text: style.color };
      });
      const stops = colours(image);
      const ink = colours(text)[0] as Rgb;
      // A gradient (Chromium computes color-mix() and relative colours), of two different stops.
      expect(stops, `${brand}: ${image}`).toHaveLength(2);
      expect(stops[0], brand).not.toEqual(stops[1]);
      for (const stop of stops) {
        expect(contrastRatio(ink, stop), `${brand} ${stop}`).toBeGreaterThanOrEqual(4.5);
      }
      await page.keyboard.press('Escape');
    }
  });
}

/**
 * Records, from now on, which of our elements start a CSS animation: the panel opening, a page
 * coming in, the balance changing, or anything else.
 */
const recordMotion = (page: Page) =>
  page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { motion: string[] }).motion = seen;
    document.querySelector('loyalty-launcher')?.shadowRoot?.addEventListener(
      'animationstart',
      (event) => {
        const target = event.target as HTMLElement;
        seen.push(
          target.localName === 'dialog'
            ? 'panel'
            : target.dataset.testid === 'balance'
              ? 'balance'
              : target.parentElement?.parentElement?.localName === 'dialog'
                ? 'page'
                : 'other',
        );
      },
      true,
    );
  });
const motion = (page: Page) =>
  page.evaluate(() => (window as unknown as { motion: string[] }).motion);
/** Animations running in the launcher's shadow root (`document.getAnimations()` does not reach into it). */
const running = (page: Page) =>
  page.evaluate(
    () => document.querySelector('loyalty-launcher')?.shadowRoot?.getAnimations().length ?? -1,
  );

/** Opens the panel, moves to another page and redeems, so the balance changes. */
async function openBrowseRedeem(page: Page, check: (step: string) => Promise<void>) {
  await openPanel(page);
  await check('open');
  await dialog(page)
    .getByRole('button', { name: /Ways to redeem/ })
    .click();
  await expect(header(page).getByRole('heading', { level: 2 })).toHaveText('Ways to redeem');
  await check('page');
  const row = dialog(page).getByRole('listitem').filter({ hasText: '$5 off your order' });
  await row.getByRole('button', { name: 'Redeem', exact: true }).click();
  await row.getByRole('button', { name: 'Redeem now' }).click();
  await expect(header(page).getByTestId('balance')).toHaveText('750 points');
  await check('balance');
}

test('the panel opening, a new page and a new balance each move briefly', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await open(page, '');
  await recordMotion(page);
  await openBrowseRedeem(page, async (step) => {
    const expected = { open: ['panel', 'page'], page: ['page'], balance: ['balance'] }[step] ?? [];
    await expect.poll(() => motion(page), step).toEqual(expect.arrayContaining(expected));
  });
  // Briefly: every one of them has finished a moment later.
  await expect.poll(() => running(page)).toBe(0);
});

test('with reduced motion nothing animates: not the panel, a page, nor the balance', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, '');
  await recordMotion(page);
  await openBrowseRedeem(page, async (step) => {
    expect(await running(page), step).toBe(0);
    expect(await motion(page), step).toEqual([]);
  });
});
