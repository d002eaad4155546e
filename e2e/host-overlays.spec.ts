import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { boxOf, centre, hitAt, hostPage, kitReady } from './support/host-page.ts';

// Issue 13, item 5: the launcher lives beside the theme's own overlays. It
// is not over a native modal dialog of the page, an element with
// aria-modal="true", or an element the merchant names in
// data-launcher-avoid while they are open; and with data-launcher="off" the
// panel opens from the theme's own link, as the embed README shows.

const launcher = (page: Page) =>
  page.locator('loyalty-launcher').getByRole('button', { name: /Rewards/ });
const panel = (page: Page) => page.locator('loyalty-launcher').getByRole('dialog');

/** Dawn-like: a cart drawer on the right, its Check out button at the bottom, where the launcher is. */
const CART_DRAWER = `<style>.cart-drawer{position:fixed;inset-block:0;inset-inline-end:0;inline-size:360px;z-index:1000;background:#fff;box-shadow:0 0 20px #0004;display:none;flex-direction:column;justify-content:flex-end;padding:12px;box-sizing:border-box}.cart-drawer[open]{display:flex}#checkout{block-size:64px}</style><aside class="cart-drawer" aria-label="Cart"><button id="checkout" onclick="this.textContent='Checking out'">Check out</button></aside>`;

test("a cart drawer named in data-launcher-avoid: the launcher steps aside, the drawer's Check out takes the click", async ({
  page,
}) => {
  await hostPage(page, {
    body: CART_DRAWER,
    attributes: 'data-launcher-avoid=".cart-drawer[open]"',
  });
  await expect(launcher(page)).toBeVisible();
  const spot = centre(await boxOf(page, 'button[aria-haspopup]'));
  await page.locator('.cart-drawer').evaluate((drawer) => drawer.setAttribute('open', ''));
  await expect(launcher(page)).toBeHidden();
  await page.mouse.click(spot.x, spot.y);
  await expect(page.locator('#checkout')).toHaveText('Checking out');
  await page.locator('.cart-drawer').evaluate((drawer) => drawer.removeAttribute('open'));
  await expect(launcher(page)).toBeVisible();
  expect(await hitAt(page, spot)).toBe('launcher');
});

test('a native modal dialog the page opened before the widgets loaded is not covered by the launcher', async ({
  page,
}) => {
  // Opened while the page parses, long before the async script paints the launcher.
  await hostPage(page, {
    body: `<dialog id="guide" style="inset-block:auto 0;inline-size:100%;max-inline-size:100%;margin:0;block-size:200px"><p>Size guide</p><button id="close-guide" onclick="this.closest('dialog').close()">Close</button></dialog><script>document.getElementById('guide').showModal()</script>`,
  });
  await expect(page.locator('loyalty-launcher')).toBeAttached();
  await kitReady(page);
  await expect(launcher(page)).toBeHidden();
  await page.locator('#close-guide').click();
  await expect(launcher(page)).toBeVisible();
  await launcher(page).click();
  await expect(panel(page)).toBeVisible();
});

test('a native modal dialog opened on the page hides the launcher until it closes', async ({
  page,
}) => {
  await hostPage(page, {
    body: `<dialog id="guide"><p>Size guide</p><button id="close-guide" onclick="this.closest('dialog').close()">Close</button></dialog>`,
  });
  await expect(launcher(page)).toBeVisible();
  await page.locator('#guide').evaluate((dialog) => (dialog as HTMLDialogElement).showModal());
  await expect(launcher(page)).toBeHidden();
  await page.locator('#close-guide').click();
  await expect(launcher(page)).toBeVisible();
});

test('a modal of a CSS framework (aria-modal="true", shown by toggling hidden) hides the launcher while on screen', async ({
  page,
}) => {
  await hostPage(page, {
    body: `<div id="modal" role="dialog" aria-modal="true" aria-label="Newsletter" hidden style="position:fixed;inset:0;z-index:1055;background:rgb(0 0 0 / 0.5)"><button onclick="this.parentElement.hidden=true">No thanks</button></div>`,
  });
  await expect(launcher(page)).toBeVisible();
  const spot = centre(await boxOf(page, 'button[aria-haspopup]'));
  await page.locator('#modal').evaluate((modal) => {
    (modal as HTMLElement).hidden = false;
  });
  await expect(launcher(page)).toBeHidden();
  expect(await hitAt(page, spot)).toBe('page div');
  await page.getByRole('button', { name: 'No thanks' }).click();
  await expect(launcher(page)).toBeVisible();
});

test('a data-launcher-avoid that is no selector is reported once and the launcher works', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await hostPage(page, { attributes: 'data-launcher-avoid="[[open"' });
  await expect(launcher(page)).toBeVisible();
  expect(warnings).toEqual([
    '[LoyaltyKit] data-launcher-avoid="[[open" is invalid: expected a CSS selector list such as .cart-drawer[open].',
  ]);
  await launcher(page).click();
  await expect(panel(page)).toBeVisible();
});

/** The embed README's own-link snippet as a merchant pastes it: a link that works before the script has loaded (?loyalty=) and opens the panel in place after. */
const OWN_LINK = (() => {
  const readme = readFileSync(new URL('../packages/embed/README.md', import.meta.url), 'utf8');
  const block = /<!-- readme-snippet:own-link -->\n```html\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('the embed README has no readme-snippet:own-link block');
  return block.replace('<a ', '<a id="rewards-link" ');
})();

test('data-launcher="off": no launcher; the theme\'s own link opens the panel and gets focus back', async ({
  page,
}) => {
  await hostPage(page, { body: OWN_LINK, attributes: 'data-launcher="off"' });
  await kitReady(page);
  await expect(page.locator('loyalty-launcher').getByRole('button')).toHaveCount(0);
  const url = page.url();
  await page.locator('#rewards-link').click();
  await expect(panel(page)).toBeVisible();
  expect(page.url()).toBe(url);
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(page.locator('#rewards-link')).toBeFocused();
});

test('data-launcher="off": the link followed before the script ran opens the panel on load', async ({
  page,
}) => {
  await hostPage(page, {
    body: OWN_LINK,
    attributes: 'data-launcher="off"',
    query: '?loyalty=home',
  });
  await expect(panel(page)).toBeVisible();
  await expect(
    page.locator('loyalty-launcher').getByRole('button', { name: /Rewards/ }),
  ).toHaveCount(0);
});
