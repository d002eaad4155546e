import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { mintToken, test } from './support/mock-api.ts';
import { servePage } from './support/serve-page.ts';

// The README's "Try it on your own page" snippets, pasted as a merchant would into a plain HTML
// file on another origin: only the demo store's address (this run's port) and the printed token
// are filled in.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

function snippet(name: string): string {
  const block = new RegExp(
    `<!-- readme-snippet:${name} -->\\n\`\`\`html\\n([\\s\\S]*?)\`\`\``,
  ).exec(readme);
  if (!block?.[1]) throw new Error(`README has no readme-snippet:${name} block`);
  return block[1];
}

const store = () => new URL(test.info().project.use.baseURL ?? '').host;

async function expectWorking(page: Page) {
  await expect(page.locator('loyalty-launcher').getByRole('button')).toHaveText('1,250 points');
  await expect(page.locator('loyalty-product-points')).toContainText('Earn 4,725 points');
}

test('the README’s demo snippet works pasted into a page on any port', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const shop = await servePage(snippet('demo').replaceAll('127.0.0.1:5173', store()));
  try {
    await page.goto(shop.url);
    await expectWorking(page);
    expect(errors).toEqual([]);
  } finally {
    shop.close();
  }
});

test('the README’s snippet for the mock API works pasted into a page on any port', async ({
  page,
  api,
}) => {
  const pasted = snippet('api')
    .replaceAll('127.0.0.1:5173', store())
    .replace('http://127.0.0.1:8787', api.url)
    .replace('PASTE-THE-PRINTED-TOKEN', await mintToken('cus_maya'));
  expect(pasted).not.toMatch(/8787|PASTE/);
  const shop = await servePage(pasted);
  try {
    await page.goto(shop.url);
    await expectWorking(page);
  } finally {
    shop.close();
  }
});
