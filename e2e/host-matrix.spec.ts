import { type ConsoleMessage, expect, type Page, test } from '@playwright/test';
import { measureTextContrast } from './support/text-contrast.ts';
import { HOSTS, injectScriptTag, openHost } from './support/theme-hosts.ts';

// The host matrix (issue 13): the built script tag on pages made from real
// third-party CSS (Tailwind CSS 4, Bootstrap 5.3 light, dark and RTL, Bulma 1,
// Foundation 6), the traits of Shopify themes, and the nasty cases. Each host
// loads once; its checks run in order on that page. Screenshots are read as
// pixels for the contrast check only: nothing is compared to a stored picture.

/**
 * Computed styles of every host element (not ours, not scripts), by element,
 * minus what follows layout: used lengths and grid tracks move when our
 * embeds take their room, which is layout, not style.
 */
const hostStyles = (page: Page) =>
  page.evaluate(() => {
    const layout =
      /^(width|height|inline-size|block-size|min-|max-|top|right|bottom|left|inset|transform-origin|perspective-origin|grid-template-(rows|columns)|d$|cx|cy|r$|rx|ry|x$|y$)/;
    return [...document.querySelectorAll('*')]
      .filter(
        (e) =>
          !e.localName.startsWith('loyalty-') &&
          e.localName !== 'script' &&
          !e.closest('loyalty-launcher'),
      )
      .map((element) => {
        const style = getComputedStyle(element);
        const name = `${element.localName}${element.className ? `.${String(element.className).replace(/ /g, '.')}` : ''}`;
        return Object.fromEntries([
          ['', name],
          ...[...style]
            .filter((property) => !layout.test(property))
            .map((property) => [property, style.getPropertyValue(property)]),
        ]) as Record<string, string>;
      });
  });

/** `element property: before → after` for every style that differs. */
const styleChanges = (before: Record<string, string>[], after: Record<string, string>[]) =>
  after.flatMap((style, i) =>
    Object.keys({ ...before[i], ...style })
      .filter((property) => style[property] !== before[i]?.[property])
      .map((property) => `${style['']} ${property}: ${before[i]?.[property]} → ${style[property]}`),
  );

/** The launcher's button and the open panel, inside our shadow root. */
const launcherButton = (page: Page) => page.locator('loyalty-launcher button').first();
const panel = (page: Page) => page.locator('loyalty-launcher dialog');

for (const host of HOSTS) {
  test.describe(`host ${host.name}`, () => {
    let page: Page;
    let decoder: Page;
    let before: Record<string, string>[];
    const errors: string[] = [];

    test.beforeAll(async ({ browser }, testInfo) => {
      page = await browser.newPage({ baseURL: testInfo.project.use.baseURL });
      decoder = await browser.newPage();
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      page.on('console', (message: ConsoleMessage) => {
        const ours =
          message.location().url.includes('/loyaltykit/') || message.text().includes('LoyaltyKit');
        if (message.type() === 'error' && ours) errors.push(message.text());
      });
      await openHost(page, host);
      before = await hostStyles(page);
      await injectScriptTag(page, host);
      await expect(launcherButton(page)).toBeVisible();
      // Every inline embed has its content (no room placeholder, no loading line).
      await expect
        .poll(() =>
          page.evaluate(
            () =>
              [...document.querySelectorAll('*')]
                .filter(
                  (e) => e.localName.startsWith('loyalty-') && e.localName !== 'loyalty-launcher',
                )
                .filter((e) => {
                  const root = e.shadowRoot;
                  return !root || root.querySelector('[data-lk-room]') || !root.textContent?.trim();
                }).length,
          ),
        )
        .toBe(0);
      // Two frames: whatever the widgets do after painting has been drawn.
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
    });

    test.afterAll(async () => {
      await page.close();
      await decoder.close();
    });

    test('every inline embed reads at 4.5:1 or more on the pixels behind it', async () => {
      // For people to look at (test-results/host-matrix/), never compared.
      await page.screenshot({ path: `test-results/host-matrix/${host.name}.png`, fullPage: true });
      const results = await measureTextContrast(page, decoder);
      expect(results.length).toBeGreaterThan(0);
      const low = results.filter((r) => r.ratio < 4.5);
      expect(low, JSON.stringify(low.slice(0, 8), null, 1)).toEqual([]);
    });

    test('the launcher sits at its corner, and a real click at its centre opens the panel', async () => {
      // Where a shopper first sees the page.
      await page.evaluate(() => window.scrollTo(0, 0));
      const button = await launcherButton(page).boundingBox();
      expect(button).not.toBeNull();
      const box = button as NonNullable<typeof button>;
      const viewport = page.viewportSize() as { width: number; height: number };
      const rtl = host.html?.includes('rtl');
      // Bottom right, mirrored to bottom left for right-to-left pages: inside the viewport, near both edges.
      const side = rtl ? box.x : viewport.width - (box.x + box.width);
      const bottom = viewport.height - (box.y + box.height);
      expect(side).toBeGreaterThanOrEqual(0);
      expect(side).toBeLessThanOrEqual(40);
      expect(bottom).toBeGreaterThanOrEqual(0);
      expect(bottom).toBeLessThanOrEqual(40);
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      expect(
        await page.evaluate(
          ([x, y]) => document.elementFromPoint(x ?? 0, y ?? 0)?.localName,
          [x, y],
        ),
      ).toBe('loyalty-launcher');
      await page.mouse.click(x, y);
      await expect(panel(page)).toBeVisible();
    });

    test('the open panel lies inside the viewport and closes', async () => {
      if (!(await panel(page).isVisible())) {
        await page.evaluate('window.LoyaltyKit.open()');
      }
      await expect(panel(page)).toBeVisible();
      await expect.poll(() => panel(page).evaluate((d) => d.getAnimations().length)).toBe(0);
      const box = (await panel(page).boundingBox()) as NonNullable<
        Awaited<ReturnType<ReturnType<typeof panel>['boundingBox']>>
      >;
      const viewport = page.viewportSize() as { width: number; height: number };
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 0.5);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 0.5);
      const close = await panel(page)
        .getByRole('button', { name: host.script?.['data-locale'] === 'ar' ? 'إغلاق' : 'Close' })
        .boundingBox();
      expect(close).not.toBeNull();
      const c = close as NonNullable<typeof close>;
      await page.mouse.click(c.x + c.width / 2, c.y + c.height / 2);
      await expect(panel(page)).toBeHidden();
    });

    test('nothing of the host page changes style', async () => {
      // Through a whole open and close, wherever the tests before left off.
      await page.evaluate('window.LoyaltyKit.open()');
      await expect(panel(page)).toBeVisible();
      await page.evaluate('window.LoyaltyKit.close()');
      await expect(panel(page)).toBeHidden();
      await page.mouse.move(0, 0);
      const after = await hostStyles(page);
      expect(after.length).toBe(before.length);
      expect(styleChanges(before, after)).toEqual([]);
    });

    test('no console errors from our code', async () => {
      expect(errors).toEqual([]);
    });
  });
}
