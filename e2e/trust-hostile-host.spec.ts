import { expect, type Page } from '@playwright/test';
import { pointsIn } from './support/catalogs.ts';
import {
  CHECKOUT,
  configure,
  launcher,
  mintToken,
  openPanelPage,
  pageErrors,
  panel,
  test,
} from './support/mock-api.ts';

// Issue 12, item 8: host pages that are hostile or careless by accident
// (hardened JavaScript, odd config objects, broken built-ins) cost them
// nothing: no uncaught error, and the widgets work or fall back to defaults.

/** Warnings our script printed, in order. */
function warnings(page: Page): string[] {
  const texts: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().startsWith('[LoyaltyKit]'))
      texts.push(message.text());
  });
  return texts;
}

/** Serves a page whose `<head>` is `head`, then the script tag pointing at `apiUrl` (routed, not on disk). */
async function servePage(page: Page, apiUrl: string, head: string, extra = '') {
  await page.route('**/test/hostile-host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}<script async nonce="n0nce" src="/loyaltykit/loyaltykit.js" data-api-url="${apiUrl}" data-publishable-key="pk_test_e2e" ${extra}></script></head><body><button id="buy">Buy</button></body></html>`,
    }),
  );
  await page.goto('/test/hostile-host.html');
}

test('a page that froze Object, Array and Function prototypes gets working widgets and no error', async ({
  page,
  api,
}) => {
  const errors = pageErrors(page);
  await configure(page, { apiUrl: api.url, customerToken: await mintToken('cus_maya') });
  // Hardened JavaScript (SES lockdown, LavaMoat) does this before any other script runs.
  await page.addInitScript(() => {
    Object.freeze(Object.prototype);
    Object.freeze(Array.prototype);
    Object.freeze(Function.prototype);
  });
  await page.goto(CHECKOUT);
  await expect(launcher(page)).toHaveText('1,250 points');
  // Every widget re-renders from here on: opening, navigating, redeeming, switching language.
  await launcher(page).click();
  await expect(panel(page).getByTestId('balance')).toHaveText('1,250 points');
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await openPanelPage(page, 'redeem');
  const row = panel(page).getByRole('listitem').filter({ hasText: '$5 off your order' });
  await row.getByRole('button', { name: 'Redeem' }).click();
  await row.getByRole('button', { name: 'Redeem now' }).click();
  await expect(row.getByTestId('redemption-code')).toHaveText(/^\S+$/);
  await expect(launcher(page)).toHaveText('750 points');
  await page.keyboard.press('Escape');
  await page.evaluate(() =>
    (
      window as unknown as { LoyaltyKit: { setLocale(l: string): Promise<void> } }
    ).LoyaltyKit.setLocale('ar'),
  );
  await expect(page.locator('loyalty-launcher').getByRole('button')).toHaveText(
    pointsIn('ar', 750),
  );
  expect(errors).toEqual([]);
});

test('a config with throwing getters and values whose toString throws falls back to defaults, with a warning each', async ({
  page,
  api,
}) => {
  const errors = pageErrors(page);
  const warned = warnings(page);
  await page.addInitScript((apiUrl) => {
    (window as unknown as { LoyaltyKitConfig: object }).LoyaltyKitConfig = {
      apiUrl,
      get locale() {
        throw new Error('getter');
      },
      shape: {
        toString() {
          throw new Error('toString');
        },
      },
    };
  }, api.url);
  await page.goto(CHECKOUT);
  // The default locale (en) and shape (rounded: a 16 px launcher radius).
  await expect(launcher(page)).toHaveText('Rewards');
  expect(await launcher(page).evaluate((b) => getComputedStyle(b).borderTopLeftRadius)).toBe(
    '16px',
  );
  expect(warned).toEqual([
    '[LoyaltyKit] window.LoyaltyKitConfig could not be read in full: defaults apply.',
    '[LoyaltyKit] data-shape="(object)" is invalid: expected one of square, rounded, pill.',
  ]);
  expect(errors).toEqual([]);
});

test('a config Proxy whose ownKeys trap throws costs its options, not the widgets', async ({
  page,
  api,
}) => {
  const errors = pageErrors(page);
  const warned = warnings(page);
  await servePage(
    page,
    api.url,
    `<script nonce="n0nce">window.LoyaltyKitConfig = new Proxy({}, { ownKeys() { throw new Error('ownKeys'); } });</script>`,
  );
  await expect(launcher(page)).toHaveText('Rewards');
  await page.getByRole('button', { name: 'Buy' }).click();
  expect(warned).toEqual([
    '[LoyaltyKit] window.LoyaltyKitConfig could not be read in full: defaults apply.',
  ]);
  expect(errors).toEqual([]);
});

test('queued calls with hostile arguments are reported and skipped; the calls after them still run', async ({
  page,
  api,
}) => {
  const errors = pageErrors(page);
  const warned = warnings(page);
  await servePage(
    page,
    api.url,
    `<script nonce="n0nce">window.LoyaltyKit = [
      ['setLocale', { toString() { throw 1; } }],
      null,
      ['setTheme', new Proxy({}, { ownKeys() { throw 1; } })],
      ['identify', 42],
      ['openTheDoor'],
      ['open', 'redeem'],
    ];</script>`,
  );
  await expect(panel(page).getByRole('heading', { name: 'Ways to redeem' })).toBeVisible();
  expect(warned).toEqual([
    '[LoyaltyKit] setLocale("(object)"): expected one of en, th, ko, ar.',
    expect.stringContaining('[LoyaltyKit] A queued call failed:'),
    '[LoyaltyKit] setTheme(): The theme could not be read in full: what could not be read is unchanged.',
    '[LoyaltyKit] identify() expects a customer JWT or a function that returns one; it got number.',
    '[LoyaltyKit] Queued call "openTheDoor" is not a LoyaltyKit method; ignored.',
  ]);
  expect(errors).toEqual([]);
});

test('when adopting stylesheets throws, the widgets carry their CSS in a <style> with the script’s nonce', async ({
  page,
  api,
}) => {
  const errors = pageErrors(page);
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  // A strict CSP that allows our nonce, and a page that broke the adoptedStyleSheets setter.
  await page.addInitScript(() => {
    Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', {
      configurable: true,
      get: () => [],
      set() {
        throw new TypeError('adoptedStyleSheets is not supported here');
      },
    });
  });
  await servePage(
    page,
    api.url,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'nonce-n0nce'; style-src 'self' 'nonce-n0nce'; connect-src 'self' ${api.url}">`,
    'data-brand-color="#0e7490"',
  );
  const brand = () => launcher(page).evaluate((b) => getComputedStyle(b).backgroundColor);
  await expect(launcher(page)).toHaveText('Rewards');
  await expect.poll(brand).toBe('rgb(14, 116, 144)');
  // A chunk's styles arrive later (the panel's): they reach the <style> too.
  await launcher(page).click();
  await expect(panel(page)).toBeVisible();
  // The panel's own rules, not the browser's dialog defaults.
  expect(await panel(page).evaluate((d) => getComputedStyle(d).borderTopLeftRadius)).toBe('16px');
  await page.keyboard.press('Escape');
  // And a new theme (the pointer leaves the launcher: its hover shade is another colour).
  await page.mouse.move(0, 0);
  await page.evaluate(() =>
    (window as unknown as { LoyaltyKit: { setTheme(t: object): void } }).LoyaltyKit.setTheme({
      brandColor: '#7c3aed',
    }),
  );
  await expect.poll(brand).toBe('rgb(124, 58, 237)');
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});
