import { expect, type Page, test } from '@playwright/test';
import { boxOf, centre, hitAt, hostPage, insideViewport } from './support/host-page.ts';

// Issue 13, item 1: no page CSS can hide the launcher, move it, or put
// something over it. Every property below, on an ancestor of the launcher,
// makes that ancestor the containing block of `position: fixed` descendants
// (or clips them); a bar at the highest z-index lies over its corner.

/** Each makes `<body>` (or `<html>`) the containing block of fixed descendants, or clips them. */
const HOSTILE = [
  'body{filter:saturate(1.2)}',
  'body{backdrop-filter:blur(1px)}',
  'body{transform:translateZ(0)}',
  'body{translate:1px 0}',
  'body{rotate:0.1deg}',
  'body{scale:1.01}',
  'body{perspective:800px}',
  'body{transform-style:preserve-3d}',
  'body{offset-path:path("M 0 0 L 10 0")}',
  'body{contain:paint}',
  'body{contain:layout}',
  'body{contain:strict}',
  'body{contain:content}',
  'body{container-type:inline-size}',
  'body{container-type:size}',
  'body{content-visibility:auto}',
  'body{will-change:transform}',
  'body{will-change:filter}',
  'body{will-change:perspective}',
  'body{will-change:backdrop-filter}',
  'body{will-change:contain}',
  'body{clip-path:inset(0 0 calc(100% - 300px) 0)}',
  'body{mask-image:linear-gradient(#000 0 300px,transparent 300px)}',
  'html{filter:saturate(1.2)}',
  'html{transform:translateZ(0)}',
];

/** A consent bar over the bottom of the screen at the highest z-index there is. */
const CONSENT_BAR = `<div id="consent" style="position:fixed;inset-inline:0;bottom:0;height:140px;z-index:2147483647;background:#222;color:#fff;padding:12px">We use cookies. <button id="accept" onclick="this.textContent='Accepted'">Accept</button></div>`;

const launcher = (page: Page) =>
  page.locator('loyalty-launcher').getByRole('button', { name: /Rewards/ });
const panel = (page: Page) => page.locator('loyalty-launcher').getByRole('dialog');

/** The launcher is at its corner (20 px from the bottom and the right) and a real click at its centre opens the panel. */
async function expectLauncherUsable(page: Page) {
  await expect(launcher(page)).toBeVisible();
  const box = await boxOf(page, 'button[aria-haspopup]');
  expect(insideViewport(box)).toBe(true);
  expect(Math.abs(box.width - 20 - box.right)).toBeLessThanOrEqual(1);
  expect(Math.abs(box.height - 20 - box.bottom)).toBeLessThanOrEqual(1);
  expect(await hitAt(page, centre(box))).toBe('launcher');
  await page.mouse.click(centre(box).x, centre(box).y);
  await expect(panel(page)).toBeVisible();
  expect(insideViewport(await boxOf(page, 'dialog'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
}

for (const css of HOSTILE) {
  test(`${css}: the launcher stays at its corner and takes a real click`, async ({ page }) => {
    await hostPage(page, { css });
    await expectLauncherUsable(page);
  });
}

test('a consent bar at z-index 2147483647 does not cover the launcher, and stays clickable itself', async ({
  page,
}) => {
  await hostPage(page, { body: CONSENT_BAR });
  await expectLauncherUsable(page);
  // Our layer takes the launcher's box only: the rest of the bar still gets its clicks.
  const accept = await page.locator('#accept').boundingBox();
  if (!accept) throw new Error('no Accept button');
  await page.mouse.click(accept.x + accept.width / 2, accept.y + accept.height / 2);
  await expect(page.locator('#accept')).toHaveText('Accepted');
});

test('body{filter} and a max z-index bar at once, on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await hostPage(page, {
    css: 'body{filter:saturate(1.2);transform:translateZ(0)}',
    body: CONSENT_BAR,
  });
  await expectLauncherUsable(page);
});

test('the open panel lies over the launcher: a click where the launcher is lands in the panel', async ({
  page,
}) => {
  // On a phone the panel is a bottom sheet over the launcher's corner.
  await page.setViewportSize({ width: 390, height: 844 });
  await hostPage(page, { css: 'body{filter:saturate(1.2)}' });
  await expect(launcher(page)).toBeVisible();
  const spot = centre(await boxOf(page, 'button[aria-haspopup]'));
  await launcher(page).click();
  await expect(panel(page)).toBeVisible();
  expect(await hitAt(page, spot)).toBe('panel');
  // The modal keeps focus: Tab never reaches the launcher behind it or the page (past the
  // dialog's last control it may pass through the browser's own UI, which leaves nothing focused).
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const inner = document.querySelector('loyalty-launcher')?.shadowRoot?.activeElement;
      if (inner) return inner.closest('dialog') ? 'panel' : `our ${inner.localName}`;
      const outer = document.activeElement;
      return !outer || outer === document.body ? 'panel' : `page ${outer.localName}`;
    });
    expect(focused).toBe('panel');
  }
});

test('a panel opened by a link before the launcher appears still lies above it', async ({
  page,
}) => {
  // ?loyalty=home opens the panel at once; the launcher waits for the shopper (a slow demo answer).
  await page.setViewportSize({ width: 390, height: 844 });
  await hostPage(page, { query: '?loyalty=home' });
  await expect(panel(page)).toBeVisible();
  await expect(launcher(page)).toBeAttached();
  const spot = centre(await boxOf(page, 'button[aria-haspopup]'));
  expect(await hitAt(page, spot)).toBe('panel');
});

test('without popover support the launcher is still at its corner and opens the panel', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // An older browser: no Popover API.
    delete (HTMLElement.prototype as { showPopover?: unknown }).showPopover;
  });
  await hostPage(page, { body: '<p>A plain theme.</p>' });
  await expectLauncherUsable(page);
});
