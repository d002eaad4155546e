import { expect } from '@playwright/test';
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
