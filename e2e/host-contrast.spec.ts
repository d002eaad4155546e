import { expect, type Page, test } from '@playwright/test';
import { scrollThrough } from './support/scroll.ts';
import { contrastRatio, channels as rgb } from './support/text-contrast.ts';

// Issue 13, item 3: inline embeds read on the background the shopper sees
// behind them, and `data-scheme="auto"` follows the page's own background.
// The host matrix (host-matrix.spec.ts) measures pixels on real themes; these
// pages isolate one rule each.

/** Serves `body` as /test/<name>.html beside the bundle and opens it with the script tag. */
async function openPage(page: Page, name: string, { head = '', body = '', tag = '' }) {
  await page.route(`**/test/${name}.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}<script async src="/loyaltykit/loyaltykit.js" data-api-url="demo" ${tag}></script></head><body>${body}</body></html>`,
    }),
  );
  await page.goto(`/test/${name}.html`);
  await expect(page.locator('loyalty-launcher button').first()).toBeVisible();
}

const product = (id = 'field-jacket') =>
  `<loyalty-product-points product-id="${id}" price="189.00" currency="USD" collections="outerwear"></loyalty-product-points>`;

/** Two frames: the runtime has measured the page after its last paint, and the page drew it. */
const settled = (page: Page) =>
  page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );

/** The contrast of the "Earn N points" text of the embed `selector` against `background`. */
async function earnContrast(page: Page, selector: string, background: string) {
  const earn = page.locator(selector).getByText(/^Earn /);
  await expect(earn).toBeVisible();
  await settled(page);
  return contrastRatio(rgb(await earn.evaluate((e) => getComputedStyle(e).color)), rgb(background));
}

/** The panel surface the launcher's theme carries (`--lk-color-surface`). */
const launcherSurface = (page: Page) =>
  page
    .locator('loyalty-launcher')
    .evaluate((e) => getComputedStyle(e).getPropertyValue('--lk-color-surface'));

test('an embed reads on a dark card inside a theme’s shadow root, through a translucent layer', async ({
  page,
}) => {
  await page.addInitScript(() => {
    customElements.define(
      'theme-card',
      class extends HTMLElement {
        connectedCallback() {
          const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
          const card = document.createElement('div');
          card.append(document.createElement('slot'));
          card.style.background = 'rgb(33, 37, 41)';
          const glass = document.createElement('div');
          glass.style.background = 'rgba(255, 255, 255, 0.1)';
          glass.append(card);
          root.replaceChildren(glass);
          // The slot's own box stays transparent: the card paints the background.
          card.style.padding = '16px';
        }
      },
    );
  });
  await openPage(page, 'shadow-card', { body: `<theme-card>${product()}</theme-card>` });
  expect(
    await earnContrast(page, 'theme-card loyalty-product-points', '#212529'),
  ).toBeGreaterThanOrEqual(4.5);
});

test('the canvas of a page in the dark color-scheme counts as dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openPage(page, 'dark-canvas', {
    head: '<meta name="color-scheme" content="light dark">',
    body: product(),
  });
  // Chromium's dark canvas.
  expect(await earnContrast(page, 'loyalty-product-points', '#121212')).toBeGreaterThanOrEqual(4.5);
});

test('behind a gradient the embed draws its own surface, so its text reads on a known colour', async ({
  page,
}) => {
  await openPage(page, 'gradient', {
    body: `<section style="padding:24px;background:linear-gradient(135deg,#0f172a,#7dd3fc)">${product()}</section>`,
  });
  await expect(page.locator('loyalty-product-points').getByText(/^Earn /)).toBeVisible();
  await settled(page);
  const background = await page
    .locator('loyalty-product-points')
    .evaluate((e) => getComputedStyle(e.shadowRoot?.firstElementChild as Element).backgroundColor);
  expect(background).toBe('rgb(255, 255, 255)');
  expect(await earnContrast(page, 'loyalty-product-points', background)).toBeGreaterThanOrEqual(
    4.5,
  );
});

test('scheme auto follows the page’s background, not the shopper’s preference alone', async ({
  page,
}) => {
  // A dark page for a shopper who prefers light: the panel is dark.
  await page.emulateMedia({ colorScheme: 'light' });
  await openPage(page, 'auto-dark', {
    head: '<style>body{background:#111827;color:#f9fafb}</style>',
    tag: 'data-scheme="auto"',
    body: product(),
  });
  await expect.poll(() => launcherSurface(page)).toBe('#181a1f');
  // A light page for a shopper who prefers dark: the panel is light.
  await page.emulateMedia({ colorScheme: 'dark' });
  await openPage(page, 'auto-light', { tag: 'data-scheme="auto"', body: product() });
  await expect.poll(() => launcherSurface(page)).toBe('#ffffff');
  // Behind an image nothing can be known: the shopper's preference decides.
  await openPage(page, 'auto-image', {
    head: '<style>body{background:linear-gradient(#fff,#eee)}</style>',
    tag: 'data-scheme="auto"',
    body: product(),
  });
  await expect.poll(() => launcherSurface(page)).toBe('#181a1f');
});

test('a theme’s dark-mode switch on <html> re-derives the embeds’ colours', async ({ page }) => {
  await openPage(page, 'toggle', {
    head: '<style>html[data-mode=dark] body{background:#0b0f19}</style>',
    tag: 'data-scheme="auto"',
    body: product(),
  });
  expect(await earnContrast(page, 'loyalty-product-points', '#ffffff')).toBeGreaterThanOrEqual(4.5);
  await page.evaluate(() => document.documentElement.setAttribute('data-mode', 'dark'));
  await expect.poll(() => launcherSurface(page)).toBe('#181a1f');
  expect(await earnContrast(page, 'loyalty-product-points', '#0b0f19')).toBeGreaterThanOrEqual(4.5);
});

test('480 embeds are measured in one pass of style reads, then written, and share their rules', async ({
  page,
}) => {
  // Records, per animation frame, the order of our style reads and our attribute writes.
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { log: string[] }).log = log;
    const read = window.getComputedStyle;
    window.getComputedStyle = (element, pseudo) => {
      log.push('r');
      return read(element, pseudo);
    };
    const write = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (name, value) {
      if (name === 'data-lk-surface') log.push('w');
      write.call(this, name, value);
    };
    const frame = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) =>
      frame((time) => {
        log.push('|');
        callback(time);
      });
  });
  const cards = Array.from(
    { length: 480 },
    (_, i) =>
      `<article style="background:${i % 2 ? '#212529' : '#f8f9fa'};padding:8px">${product(`p${i % 24}`)}</article>`,
  ).join('');
  await openPage(page, 'grid', {
    body: `<main style="display:grid;grid-template-columns:repeat(8,1fr);gap:8px">${cards}</main>`,
  });
  // Embeds render (and are measured) as they near the viewport: the shopper scrolls through them all.
  await expect(page.locator('loyalty-product-points').first()).toContainText('Earn');
  await scrollThrough(page);
  await expect
    .poll(() => page.locator('loyalty-product-points[data-lk-surface]').count(), {
      timeout: 15_000,
    })
    .toBe(480);
  const log = await page.evaluate(() => (window as unknown as { log: string[] }).log.join(''));
  // Within a frame, no read follows a write: one style recalc per pass, not one per embed.
  for (const pass of log.split('|')) expect(pass).not.toMatch(/w.*r/);
  // Each embed and each card read once per pass, plus the page's few ancestors (a walk per
  // embed without sharing them would read 480 × 5).
  for (const pass of log.split('|')) {
    expect([...pass].filter((c) => c === 'r').length).toBeLessThanOrEqual(480 * 2 + 20);
  }
  // Two backgrounds, two values: the theme sheet holds a rule for each, not one per embed.
  const surfaces = await page.evaluate(
    () =>
      new Set(
        [...document.querySelectorAll('loyalty-product-points')].map((e) =>
          e.getAttribute('data-lk-surface'),
        ),
      ).size,
  );
  expect(surfaces).toBe(2);
});
