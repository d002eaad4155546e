import { expect, type Page, test } from '@playwright/test';

/** Serves `body` as an HTML page at /test/<name>.html (routed, not on disk). */
async function servePage(page: Page, name: string, head: string, body = '') {
  await page.route(`**/test/${name}.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`,
    }),
  );
  await page.goto(`/test/${name}.html`);
}

const tag = (extra = '') =>
  `<script async src="/loyaltykit/loyaltykit.js" data-api-url="demo" nonce="n0nce" ${extra}></script>`;
const launcher = (page: Page) =>
  page.locator('loyalty-launcher').getByRole('button', { name: /Rewards/ });

test('a strict CSP (nonce scripts, no inline styles) still gets working, styled widgets', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  await servePage(
    page,
    'csp',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'nonce-n0nce'; style-src 'self'; connect-src 'self'">${tag()}`,
  );
  await expect(launcher(page)).toHaveText('1,250 points');
  // Styled by the adopted sheets (checked before the pointer hovers it).
  expect(await launcher(page).evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(
    'rgb(14, 116, 144)',
  );
  await launcher(page).click();
  // The panel chunk came in a script carrying the page's nonce.
  await expect(page.getByRole('dialog').getByTestId('balance')).toHaveText('1,250 points');
  expect(violations).toEqual([]);
});

test('a page that requires Trusted Types for scripts gets working widgets through our named policy', async ({
  page,
}) => {
  const violations: string[] = [];
  const errors: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Trusted Type/i.test(message.text()))
      violations.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await servePage(
    page,
    'trusted-types',
    `<meta http-equiv="Content-Security-Policy" content="script-src 'nonce-n0nce' 'strict-dynamic'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types loyaltykit">${tag()}`,
  );
  await expect(launcher(page)).toHaveText('1,250 points');
  await launcher(page).click();
  // The panel chunk's script URL went through the policy: the page accepts nothing else.
  await expect(page.getByRole('dialog').getByTestId('balance')).toHaveText('1,250 points');
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});

test('a Trusted Types allow-list without our policy costs the widgets, never the page', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await servePage(
    page,
    'trusted-types-denied',
    `<meta http-equiv="Content-Security-Policy" content="script-src 'nonce-n0nce'; require-trusted-types-for 'script'; trusted-types other-vendor">${tag()}`,
    '<button id="buy">Buy</button>',
  );
  await expect
    .poll(() => page.evaluate(() => document.querySelector('loyalty-launcher') !== null))
    .toBe(true);
  await page.getByRole('button', { name: 'Buy' }).click();
  expect(errors).toEqual([]);
  await expect(launcher(page)).toHaveCount(0);
});

test('with data-data-layer, every loyalty event also lands in the tag manager’s data layer', async ({
  page,
}) => {
  await servePage(
    page,
    'data-layer',
    `<script nonce="n0nce">window.dataLayer = [{ 'gtm.start': 1 }];</script>${tag('data-data-layer="dataLayer"')}`,
  );
  await expect(launcher(page)).toHaveText('1,250 points');
  await launcher(page).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  const events = () =>
    page.evaluate(() =>
      (window as unknown as { dataLayer: { event?: string }[] }).dataLayer.map((e) => e.event),
    );
  await expect.poll(events).toEqual([undefined, 'loyalty:ready', 'loyalty:open', 'loyalty:close']);
});

test('loading the script twice does nothing the second time', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => warnings.push(message.text()));
  await servePage(page, 'twice', tag() + tag());
  await expect(launcher(page)).toHaveText('1,250 points');
  await expect(page.locator('loyalty-launcher')).toHaveCount(1);
  expect(warnings.filter((text) => text.includes('already defined'))).toEqual([]);
});

test('an element name another script took is left alone, with a warning, and the page keeps working', async ({
  page,
}) => {
  const warnings: string[] = [];
  const errors: string[] = [];
  page.on('console', (message) => warnings.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await servePage(
    page,
    'taken',
    `<script nonce="n0nce">customElements.define('loyalty-product-points', class extends HTMLElement {});</script>${tag()}`,
    '<loyalty-product-points product-id="x" price="10.00" currency="USD"></loyalty-product-points>',
  );
  await expect(launcher(page)).toHaveText('1,250 points');
  expect(
    warnings.some((text) => text.includes('<loyalty-product-points> is already defined')),
  ).toBe(true);
  expect(errors).toEqual([]);
});

test('embeds the host adds later (SPA navigation, infinite scroll) just work', async ({ page }) => {
  await servePage(page, 'spa', tag(), '<main id="app"></main>');
  await expect(launcher(page)).toHaveText('1,250 points');
  await page.evaluate(() => {
    document.getElementById('app')!.innerHTML =
      '<loyalty-product-points product-id="field-jacket" price="189.00" currency="USD" collections="outerwear"></loyalty-product-points>';
  });
  await expect(page.locator('loyalty-product-points')).toContainText('Earn 4,725 points');
});

test('unknown and invalid options are reported once each and the defaults apply', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await servePage(
    page,
    'config',
    tag('data-brand-colour="#ff0000" data-shape="blob" data-locale="fr"'),
  );
  await expect(launcher(page)).toHaveText('1,250 points');
  // In the order the tag gives them.
  expect(warnings).toEqual([
    '[LoyaltyKit] Unknown option data-brand-colour was ignored.',
    '[LoyaltyKit] data-shape="blob" is invalid: expected one of square, rounded, pill.',
    '[LoyaltyKit] data-locale="fr" is invalid: expected one of en, th, ko, ar.',
  ]);
});

test('a backend chunk that fails to load is tried again, and the widgets appear once it loads', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  let failures = 2;
  await page.route('**/loyaltykit-demo.*.js', (route) =>
    failures-- > 0 ? route.abort() : route.continue(),
  );
  await servePage(
    page,
    'flaky',
    tag(),
    '<form action="/cart.html"><button>Shop on</button></form>',
  );
  // The page works while we wait.
  await expect(page.getByRole('button', { name: 'Shop on' })).toBeEnabled();
  await expect(launcher(page)).toHaveText('1,250 points', { timeout: 10_000 });
  expect(failures).toBeLessThan(0);
  expect(errors).toEqual([]);
});
