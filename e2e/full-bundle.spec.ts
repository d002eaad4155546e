import { expect, test } from '@playwright/test';

test('loyaltykit.full.js works as one file: no chunk is fetched but the demo engine', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/test/full.html');
  const launcher = page.locator('loyalty-launcher').getByRole('button');
  await expect(launcher).toHaveText('1,250 points');
  await expect(page.locator('loyalty-product-points')).toContainText('Earn 4,725 points');
  await launcher.click();
  await expect(page.getByRole('dialog').getByTestId('balance')).toHaveText('1,250 points');
  expect(scripts).toEqual([
    '/loyaltykit/loyaltykit.full.js',
    expect.stringMatching(/^\/loyaltykit\/loyaltykit-demo\.[\w-]+\.js$/),
  ]);
});
