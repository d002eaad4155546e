#!/usr/bin/env node
// Storybook's Gallery as contact sheets, for a designer's (or a reviewer's) eyes: every Gallery
// story in English and Arabic, light and dark, in the five brand colours, at a phone's and a
// desktop's width, shot from the built Storybook (`pnpm build:storybook` first), then laid out
// one sheet per story and width in reports/gallery-sheets/. Not a test: the story tests check
// axe and overflow in each story; this is for looking.
//   node scripts/gallery.mjs [story-id-filter]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'storybook-static');
const out = join(root, 'reports/gallery-sheets');
const LOCALES = ['en', 'ar'];
const THEMES = ['light', 'dark'];
const BRANDS = ['default', 'amber', 'ink', 'pink', 'green'];
const WIDTHS = { phone: [390, 844], desktop: [1280, 800] };
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

let index;
try {
  index = JSON.parse(readFileSync(join(built, 'index.json'), 'utf8'));
} catch {
  console.error('No built Storybook at storybook-static/: run `pnpm build:storybook` first.');
  process.exit(1);
}
const filter = process.argv[2] ?? '';
// The toolbar makes every combination; the stories' own Arabic-dark twins are for the tests.
const stories = Object.values(index.entries).filter(
  (e) => e.type === 'story' && e.title === 'Gallery' && !/arabic-dark$/.test(e.id),
);
const chosen = stories.filter((e) => e.id.includes(filter));

const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  const file = join(built, normalize(path === '/' ? '/index.html' : path));
  let body;
  try {
    body = readFileSync(file);
  } catch {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  response.end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const { chromiumLaunchOptions } = (await runnerImport(join(root, 'chromium.ts'))).module;
const browser = await chromium.launch(chromiumLaunchOptions);
mkdirSync(out, { recursive: true });

for (const story of chosen) {
  for (const [size, [width, height]] of Object.entries(WIDTHS)) {
    const page = await browser.newPage({ viewport: { width, height } });
    const cells = [];
    for (const locale of LOCALES) {
      for (const theme of THEMES) {
        for (const brand of BRANDS) {
          const globals = `locale:${locale};theme:${theme};brand:${brand}`;
          await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story&globals=${globals}`);
          // Rendered, loaded, and still: the panel's opening animation runs in the shadow root.
          await page.waitForFunction(() => {
            const shadow = document.querySelector('[data-lk-story-host]')?.shadowRoot;
            return shadow?.firstElementChild && !shadow.querySelector('[aria-busy="true"]');
          });
          await page.evaluate(async () => {
            await document.fonts.ready;
            await new Promise((resolve) =>
              requestAnimationFrame(() => requestAnimationFrame(resolve)),
            );
            const shadow = document.querySelector('[data-lk-story-host]').shadowRoot;
            const moving = [...document.getAnimations(), ...shadow.getAnimations()];
            await Promise.all(moving.map((a) => a.finished));
          });
          const png = await page.screenshot();
          cells.push({ label: `${locale} · ${theme} · ${brand}`, src: png.toString('base64') });
        }
      }
    }
    await page.close();
    const sheet = await browser.newPage({ viewport: { width: 5 * (width / 2 + 16), height: 600 } });
    await sheet.setContent(
      `<body style="margin:0;font:12px sans-serif;display:grid;grid-template-columns:repeat(5,${width / 2}px);gap:16px;padding:8px">${cells
        .map(
          (c) =>
            `<figure style="margin:0"><figcaption>${c.label}</figcaption><img style="width:${width / 2}px;border:1px solid #ccc" src="data:image/png;base64,${c.src}"></figure>`,
        )
        .join('')}</body>`,
    );
    const file = join(out, `${story.id.replace(/^gallery--/, '')}-${size}.png`);
    await sheet.screenshot({ path: file, fullPage: true });
    await sheet.close();
    console.log(file);
  }
}
await browser.close();
server.close();
writeFileSync(join(out, 'README.txt'), `Contact sheets of ${chosen.length} Gallery stories.\n`);
