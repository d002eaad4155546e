import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';
import { CDN_BASE, readmeSnippet } from '../scripts/cdn-snippet.mjs';
import { mintToken, test } from './support/mock-api.ts';
import { servePage } from './support/serve-page.ts';

// The embed README's pinned-version tag (integrity and crossorigin as
// written), pasted into a shop's page on one port, loading the versioned CDN
// layout the build wrote (dist/cdn/) from another, as a CDN would serve it.
const cdnRoot = fileURLToPath(new URL('../packages/embed/dist/cdn/', import.meta.url));

/** dist/cdn/ over HTTP with CORS, as the README asks a CDN to serve it; `tamper` alters one file. */
async function serveCdn(tamper?: { file: string; append: string }) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    try {
      let body = readFileSync(join(cdnRoot, path));
      if (tamper && path.endsWith(`/${tamper.file}`)) {
        body = Buffer.concat([body, Buffer.from(tamper.append)]);
      }
      response.writeHead(200, {
        'Content-Type': 'text/javascript',
        'Access-Control-Allow-Origin': '*',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(server, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
  });
}

async function pinnedTag(apiUrl: string) {
  const tag = readmeSnippet()
    .replace(/^```html\n|\n```$/g, '')
    .replace('https://loyalty.example.com', apiUrl)
    .replace('pk_live_123', 'pk_demo')
    .replace('eyJ…', await mintToken('cus_maya'));
  expect(tag).toMatch(/integrity="sha384-[A-Za-z0-9+/=]{64}" crossorigin="anonymous"/);
  return tag;
}

let cdn: (Server & { url: string }) | undefined;
test.afterEach(() => cdn?.close());

test('the README’s pinned tag loads its version from the CDN layout, integrity checked', async ({
  page,
  api,
}) => {
  cdn = await serveCdn();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const chunks: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(cdn?.url ?? '-')) chunks.push(new URL(request.url()).pathname);
  });
  const shop = await servePage((await pinnedTag(api.url)).replace(CDN_BASE, cdn.url));
  try {
    await page.goto(shop.url);
    await expect(page.locator('loyalty-launcher').getByRole('button')).toHaveText('1,250 points');
    // Chunks come from the entry's own versioned folder.
    const folder = /^\/loyaltykit@[^/]+\//.exec(chunks[0] ?? '')?.[0];
    expect(folder).toBeTruthy();
    expect(chunks.length).toBeGreaterThan(1);
    for (const path of chunks) expect(path.startsWith(folder as string)).toBe(true);
    expect(errors).toEqual([]);
  } finally {
    shop.close();
  }
});

test('an entry that is not the built one is refused by the pinned tag', async ({ page, api }) => {
  cdn = await serveCdn({ file: 'loyaltykit.js', append: '\n;' });
  const shop = await servePage((await pinnedTag(api.url)).replace(CDN_BASE, cdn.url));
  try {
    const refused = page.waitForEvent('console', (m) => /integrity/i.test(m.text()));
    await page.goto(shop.url);
    await refused;
    expect(await page.evaluate(() => customElements.get('loyalty-launcher'))).toBeUndefined();
  } finally {
    shop.close();
  }
});
