import { expect, type Page, test } from '@playwright/test';
import { demoToken } from './demo-token.ts';

type Api = {
  ready(): Promise<void>;
  identify(token: string): Promise<void>;
  signOut(): Promise<void>;
  setLocale(locale: string): Promise<void>;
  setTheme(theme: object): void;
  refresh(): Promise<void>;
  open(page?: string): void;
  close(): void;
  on(event: string, listener: (detail: unknown) => void): () => void;
};
declare global {
  interface Window {
    events: string[];
  }
}

const launcher = (page: Page) => page.locator('loyalty-launcher').getByRole('button');
const call = (page: Page, script: (api: Api) => unknown) =>
  page.evaluate(`(${script.toString()})(window.LoyaltyKit)`);

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await call(page, (api) => api.ready());
  await expect(launcher(page)).toHaveText('1,250 points');
});

test('signOut and identify switch every widget without a page load', async ({ page }) => {
  await call(page, (api) => api.signOut());
  await expect(launcher(page)).toHaveText('Rewards');

  const token = demoToken('cus_maya');
  await page.evaluate(`window.LoyaltyKit.identify(${JSON.stringify(token)})`);
  await expect(launcher(page)).toHaveText('1,250 points');
});

test('a refused token falls back to the guest view', async ({ page }) => {
  const expired = demoToken('cus_maya', { expiresInSeconds: -60 });
  await page.evaluate(`window.LoyaltyKit.identify(${JSON.stringify(expired)})`);
  await expect(launcher(page)).toHaveText('Rewards');
  await launcher(page).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
});

test('setLocale re-renders in the new language, right to left for Arabic, and back', async ({
  page,
}) => {
  // The tag whole: Saudi Arabia's digits are Arabic-Indic (CLDR; core README, digits).
  await call(page, (api) => api.setLocale('ar-SA'));
  await expect(launcher(page)).toHaveText('\u2068١٬٢٥٠\u2069 نقطة');
  await launcher(page).click();
  await expect(page.getByText('رصيدك')).toBeVisible();
  await page.keyboard.press('Escape');
  await call(page, (api) => api.setLocale('en'));
  await launcher(page).click();
  // English panel messages come back too, not their keys.
  await expect(page.getByText('Your balance')).toBeVisible();
});

test('setTheme restyles the widgets at run time', async ({ page }) => {
  await call(page, (api) => api.setTheme({ brandColor: '#e11d48' }));
  await expect
    .poll(() => launcher(page).evaluate((b) => getComputedStyle(b).backgroundColor))
    .toBe('rgb(225, 29, 72)');
});

test('setTheme switches the launcher to icon only, moves and flattens it, without re-rendering', async ({
  page,
}) => {
  const button = launcher(page);
  await page.evaluate(() => {
    const host = document.querySelector('loyalty-launcher');
    (window as unknown as { before: unknown }).before = host?.shadowRoot?.querySelector('button');
  });
  await call(page, (api) =>
    api.setTheme({
      launcherStyle: 'icon',
      launcherOffsetX: 40,
      launcherOffsetY: 96,
      elevation: 'flat',
    }),
  );
  await expect(button.getByText('1,250 points')).toBeHidden();
  // The label is gone from the screen, not from the accessible name.
  await expect(button).toHaveAccessibleName('Rewards: 1,250 points. A reward is ready to redeem');
  // Distances from the layout viewport's right and bottom edges (inside any scrollbar).
  const place = await button.evaluate((b) => {
    const r = b.getBoundingClientRect();
    const { clientWidth, clientHeight } = document.documentElement;
    return {
      width: r.width,
      height: r.height,
      right: clientWidth - r.right,
      bottom: clientHeight - r.bottom,
    };
  });
  expect(place).toEqual({ width: place.height, height: place.height, right: 40, bottom: 96 });
  // Flat: a shadow of nothing (not `none`, which would break the focus ring's shadow list).
  expect(await button.evaluate((b) => getComputedStyle(b).boxShadow)).toBe(
    'rgba(0, 0, 0, 0) 0px 0px 0px 0px',
  );
  // The same button element: only the theme sheet changed.
  expect(
    await button.evaluate((b) => b === (window as unknown as { before: unknown }).before),
  ).toBe(true);

  await call(page, (api) => api.setTheme({ launcherStyle: 'label' }));
  await expect(button).toHaveText('1,250 points');
  await expect(button.locator('svg')).toBeHidden();
});

test('open, close and redeem are DOM events and on() listeners, and unsubscribing works', async ({
  page,
}) => {
  await page.evaluate(() => {
    window.events = [];
    for (const name of ['open', 'close']) {
      document.addEventListener(`loyalty:${name}`, () => window.events.push(`dom:${name}`));
    }
  });
  await page.evaluate(`
    const off = window.LoyaltyKit.on('open', () => window.events.push('on:open'));
    window.offOpen = off;
  `);
  await call(page, (api) => api.open('vip'));
  await expect(page.getByRole('heading', { name: 'VIP tiers' })).toBeVisible();
  await call(page, (api) => api.close());
  await page.evaluate('window.offOpen()');
  await call(page, (api) => api.open());
  await expect
    .poll(() => page.evaluate(() => window.events))
    .toEqual(['dom:open', 'on:open', 'dom:close', 'dom:open']);
});

test('open() straight after the shopper closed the panel (Escape) keeps it open', async ({
  page,
}) => {
  await launcher(page).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // What Escape does (a cancel event, then the dialog closes and queues its close event),
  // then a merchant's open() in the same task, before that close event has arrived.
  await page.evaluate(() => {
    const element = document.querySelector('loyalty-launcher')?.shadowRoot?.querySelector('dialog');
    element?.dispatchEvent(new Event('cancel', { cancelable: true }));
    element?.close();
    (window as unknown as { LoyaltyKit: Api }).LoyaltyKit.open('redeem');
  });
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Ways to redeem' })).toBeVisible();
});
