import { expect } from '@playwright/test';
import { pointsIn } from './support/catalogs.ts';
import {
  CHECKOUT,
  configure,
  launcher,
  mintToken,
  pageErrors,
  panel,
  test,
} from './support/mock-api.ts';

test('a page that patched built-ins and wrapped fetch does not break us', async ({ page, api }) => {
  const errors = pageErrors(page);
  await configure(page, { apiUrl: api.url, customerToken: await mintToken('cus_maya') });
  await page.addInitScript(() => {
    // What old libraries (Prototype.js) and analytics snippets do to the page's built-ins.
    Object.defineProperty(Array.prototype, 'toJSON', {
      value: () => 'hijacked',
      configurable: true,
    });
    Object.defineProperty(Object.prototype, 'toJSON', {
      value: () => 'hijacked',
      configurable: true,
    });
    const original = window.fetch;
    window.fetch = (...args: Parameters<typeof fetch>) => original(...args);
  });
  await page.goto(CHECKOUT);
  await expect(launcher(page)).toHaveText('1,250 points');

  // A request with a body (the redemption) must still reach the server intact.
  await page.evaluate(() =>
    (window as unknown as { LoyaltyKit: { open(p: string): void } }).LoyaltyKit.open('redeem'),
  );
  const row = panel(page).getByRole('listitem').filter({ hasText: '$5 off your order' });
  await row.getByRole('button', { name: 'Redeem' }).click();
  await row.getByRole('button', { name: 'Redeem now' }).click();
  await expect(row.getByTestId('redemption-code')).toHaveText(/^\S+$/);
  await expect(launcher(page)).toHaveText('750 points');
  expect(errors).toEqual([]);
});

test('a whole journey adds one global, LoyaltyKit, and leaves every built-in prototype as it was', async ({
  page,
  api,
}) => {
  await configure(page, { apiUrl: api.url, customerToken: await mintToken('cus_maya') });
  // Taken before any page script runs (after the theme's LoyaltyKitConfig): every global's
  // name, and every property of the built-ins' prototypes with its value or accessors.
  await page.addInitScript(() => {
    const prototypes = {
      Object,
      Array,
      Function,
      String,
      Number,
      Boolean,
      Symbol,
      Promise,
      Map,
      Set,
      WeakMap,
      RegExp,
      Date,
      Error,
      EventTarget,
      Node,
      Element,
      HTMLElement,
      Document,
      ShadowRoot,
      CSSStyleSheet,
      Event,
      CustomEvent,
      Response,
      Request,
      Headers,
      AbortController,
      AbortSignal,
    } as Record<string, { prototype: object }>;
    const slots = (target: object) =>
      Reflect.ownKeys(target).map((key) => {
        const d = Object.getOwnPropertyDescriptor(target, key);
        return [String(key), d?.value ?? d?.get, d?.set] as const;
      });
    const before = {
      globals: new Set(Object.getOwnPropertyNames(window)),
      prototypes: Object.entries(prototypes).map(
        ([name, c]) => [name, c.prototype, slots(c.prototype)] as const,
      ),
      statics: [JSON, Math, Reflect, Object, Array, Promise].map((o) => [o, slots(o)] as const),
    };
    const changed = (target: object, was: ReturnType<typeof slots>) => {
      const now = slots(target);
      const diff = now.filter(
        ([key, v, s]) => !was.some(([k, w, t]) => k === key && w === v && t === s),
      );
      const gone = was.filter(([key]) => !now.some(([k]) => k === key));
      return [...diff, ...gone].map(([key]) => key);
    };
    Object.defineProperty(window, '__lkAudit', {
      value: () => ({
        globals: Object.getOwnPropertyNames(window).filter(
          (name) => !before.globals.has(name) && name !== '__lkAudit',
        ),
        prototypes: before.prototypes.flatMap(([name, proto, was]) =>
          changed(proto, was).map((key) => `${name}.prototype.${key}`),
        ),
        statics: before.statics.flatMap(([o, was]) => changed(o, was)),
      }),
    });
  });
  const errors = pageErrors(page);
  await page.goto(CHECKOUT);
  await expect(launcher(page)).toHaveText('1,250 points');
  await launcher(page).click();
  await expect(panel(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await page.evaluate(() =>
    (window as unknown as { LoyaltyKit: { open(p: string): void } }).LoyaltyKit.open('redeem'),
  );
  const row = panel(page).getByRole('listitem').filter({ hasText: '$5 off your order' });
  await row.getByRole('button', { name: 'Redeem' }).click();
  await row.getByRole('button', { name: 'Redeem now' }).click();
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

  const audit = await page.evaluate(() =>
    (window as unknown as { __lkAudit(): Record<string, string[]> }).__lkAudit(),
  );
  expect(audit).toEqual({ globals: ['LoyaltyKit'], prototypes: [], statics: [] });
  expect(errors).toEqual([]);
});
