import { expect, type Page, test } from '@playwright/test';

// Issue 12, item 7: every option that reaches the widgets' stylesheet is
// checked against its grammar (a font-family list, a hex colour, whole px, a
// choice); anything else is reported on the console and the default applies.
// Against the built script tag in demo mode.

const DEFAULT_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const HIDE = 'x;} :host{display:none} loyalty-launcher{display:none';
const FETCH = 'x;background:url(/lk-leak.png)';

type Kit = { setTheme(theme: object): void };

/** Serves a page with the script tag carrying `attributes` (routed, not on disk). */
async function servePage(page: Page, attributes = '') {
  await page.route('**/test/css-options.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script async src="/loyaltykit/loyaltykit.js" data-api-url="demo" ${attributes}></script></head><body><loyalty-product-points product-id="x" price="10.00" currency="USD"></loyalty-product-points></body></html>`,
    }),
  );
  await page.goto('/test/css-options.html');
}

/** What the page shows, heard and fetched, from the start. */
function watch(page: Page) {
  const seen = { warnings: [] as string[], leaks: [] as string[], errors: [] as string[] };
  page.on('console', (message) => {
    if (message.type() === 'warning') seen.warnings.push(message.text());
  });
  page.on('request', (request) => {
    if (request.url().includes('lk-leak')) seen.leaks.push(request.url());
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  return seen;
}

const launcher = (page: Page) =>
  page.locator('loyalty-launcher').getByRole('button', { name: /Rewards/ });
const font = (page: Page) => launcher(page).evaluate((b) => getComputedStyle(b).fontFamily);
const expected = 'expected a font-family list such as Inter, "Noto Sans Thai", sans-serif.';

test('data-font-family that would close the rule and hide the widgets is refused with a warning', async ({
  page,
}) => {
  const seen = watch(page);
  await servePage(page, `data-font-family="${HIDE}"`);
  await expect(launcher(page)).toHaveText('1,250 points');
  await expect(launcher(page)).toBeVisible();
  await expect(page.locator('loyalty-product-points')).toContainText('Earn');
  expect(await font(page)).toBe(DEFAULT_FONT);
  expect(seen.warnings).toEqual([
    `[LoyaltyKit] data-font-family="${HIDE}" is invalid: ${expected}`,
  ]);
  expect(seen.errors).toEqual([]);
});

test('data-font-family that would make the browser fetch a URL is refused; nothing is fetched', async ({
  page,
}) => {
  const seen = watch(page);
  await servePage(page, `data-font-family="${FETCH}"`);
  await expect(launcher(page)).toHaveText('1,250 points');
  // The panel's styles land in the same sheets: open it, so every rule is applied.
  await launcher(page).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await font(page)).toBe(DEFAULT_FONT);
  expect(seen.leaks).toEqual([]);
  expect(seen.warnings).toEqual([
    `[LoyaltyKit] data-font-family="${FETCH}" is invalid: ${expected}`,
  ]);
});

test('a real font stack still applies', async ({ page }) => {
  await servePage(page, `data-font-family='Georgia, "Times New Roman", serif'`);
  await expect(launcher(page)).toHaveText('1,250 points');
  expect(await font(page)).toBe('Georgia, "Times New Roman", serif');
});

test('setTheme checks every token before it reaches the stylesheet: bad ones are reported, good ones apply', async ({
  page,
}) => {
  const seen = watch(page);
  await servePage(page);
  await expect(launcher(page)).toHaveText('1,250 points');
  const setTheme = (theme: object) =>
    page.evaluate((t) => (window as unknown as { LoyaltyKit: Kit }).LoyaltyKit.setTheme(t), theme);

  await setTheme({ fontFamily: HIDE });
  await setTheme({ fontFamily: FETCH });
  // Values of the wrong type or name for tokens the resolver looks up in its tables.
  await setTheme({
    shape: 'blob',
    size: 'toString',
    brandColor: 'red;}',
    launcherOffsetX: '8px;top:0',
  });
  await expect(launcher(page)).toBeVisible();
  expect(await font(page)).toBe(DEFAULT_FONT);
  expect(await launcher(page).evaluate((b) => getComputedStyle(b).borderTopLeftRadius)).toBe(
    '16px',
  );
  expect(seen.leaks).toEqual([]);
  expect(seen.warnings).toEqual([
    `[LoyaltyKit] setTheme(): fontFamily="${HIDE}" is invalid: ${expected}`,
    `[LoyaltyKit] setTheme(): fontFamily="${FETCH}" is invalid: ${expected}`,
    '[LoyaltyKit] setTheme(): shape="blob" is invalid: expected one of square, rounded, pill.',
    '[LoyaltyKit] setTheme(): size="toString" is invalid: expected one of compact, regular, large.',
    '[LoyaltyKit] setTheme(): brandColor="red;}" is invalid: expected a hex colour such as #0e7490.',
    '[LoyaltyKit] setTheme(): launcherOffsetX="8px;top:0" is invalid: expected a whole number of px from 0 to 160, such as 20.',
  ]);

  await setTheme({ fontFamily: 'Georgia, serif', shape: 'square' });
  await expect.poll(() => font(page)).toBe('Georgia, serif');
  expect(await launcher(page).evaluate((b) => getComputedStyle(b).borderTopLeftRadius)).toBe('4px');
  expect(seen.errors).toEqual([]);
});
