import { expect, test } from '@playwright/test';
import { preactAppUrl } from '../playwright.config.ts';

test('a theme developer renders the components in their own Preact app, themed by props', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(preactAppUrl);

  const launcher = page.getByRole('button', { name: /Rewards/ });
  await expect(launcher).toHaveText('1,250 points');
  // theme={{ brandColor: '#7c3aed' }} in examples/preact-app/src/main.tsx, applied as --lk-* variables.
  expect(await launcher.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(
    'rgb(124, 58, 237)',
  );

  await launcher.click();
  const dialog = page.getByRole('dialog', { name: 'Harbor Rewards' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('balance')).toHaveText('1,250 points');
  expect(errors).toEqual([]);
});
