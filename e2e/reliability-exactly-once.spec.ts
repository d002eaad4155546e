import { expect } from '@playwright/test';
import { CHECKOUT, configure, launcher, mintToken, panel, test } from './support/mock-api.ts';

// The answer to a redemption is lost after the backend committed it: the
// shopper retries, the same idempotency key comes back, and the backend
// replays its answer. One redemption, one balance change (DESIGN.md §8).

test('a redemption whose answer is lost is redeemed once when the shopper retries', async ({
  page,
  api,
}) => {
  const { member } = api.engine.personas;
  const before = api.engine.customer(member);
  const keys: string[] = [];
  const drop = { on: true };
  await page.route(`${api.url}/v1/me/redemptions`, async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    keys.push((await route.request().headerValue('idempotency-key')) ?? '');
    if (!drop.on) return route.continue();
    // Let the backend commit, then lose its answer on the way back.
    await route.fetch();
    return route.abort('connectionreset');
  });
  await configure(page, { apiUrl: api.url, customerToken: await mintToken(member) });
  await page.goto(`${CHECKOUT}?loyalty=redeem`);

  const row = panel(page).getByRole('listitem').filter({ hasText: '$5 off your order' });
  await row.getByRole('button', { name: 'Redeem' }).click();
  await row.getByRole('button', { name: 'Redeem now' }).click();
  // Every automatic retry is lost too, so the outcome is unknown and the shopper is asked.
  await expect(row.getByRole('button', { name: 'Try again' })).toBeVisible({ timeout: 15_000 });
  drop.on = false;
  await row.getByRole('button', { name: 'Try again' }).click();
  await expect(row.getByTestId('redemption-code')).toHaveText(/^\S+$/);

  const after = api.engine.customer(member);
  expect(after?.balance.available).toBe((before?.balance.available ?? 0) - 500);
  expect(after?.redemptions.length).toBe((before?.redemptions.length ?? 0) + 1);
  await expect(launcher(page)).toHaveText('750 points');
  // One intent, one key, however many attempts it took.
  expect(keys.length).toBeGreaterThan(1);
  expect(new Set(keys).size).toBe(1);
});
