// Host pages made from real third-party CSS, installed from the registry as
// exact devDependencies (package.json), and from fixtures in e2e/hosts/: the
// themes a merchant pastes the script tag into. Served same-origin with the
// built bundle (page.route), so a host's `default-src 'self'` CSP holds too.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const fixtures = new URL('../hosts/', import.meta.url).pathname;

/** A file of an installed package, by its package name and path inside it. */
const installed = (name: string, path: string) =>
  join(dirname(require.resolve(`${name}/package.json`)), path);

/** The sample cart the cart, checkout and order embeds are given (two lines, one in outerwear). */
const LINES = JSON.stringify([
  { productId: 'field-jacket', quantity: 1, price: '189.00', collections: ['outerwear'] },
  { productId: 'watch-cap', quantity: 1, price: '38.00', collections: ['accessories'] },
]).replace(/"/g, '&quot;');

/** Our elements as a merchant pastes them, by the placeholders the fixtures use. */
const EMBEDS: Record<string, string> = {
  cart: `<loyalty-cart-points subtotal="227.00" currency="USD" lines="${LINES}"></loyalty-cart-points>`,
  checkout: `<loyalty-checkout-redemption subtotal="227.00" currency="USD" lines="${LINES}"></loyalty-checkout-redemption>`,
  order: `<loyalty-order-points order-total="227.00" currency="USD" lines="${LINES}"></loyalty-order-points>`,
};

export interface HostPage {
  name: string;
  /** The page's markup: a fragment in e2e/hosts/, with `{{product:id:price:collections}}`, `{{cart}}`… for our elements. */
  body: string;
  /** Stylesheets, in order: `[package, path]` of an installed package, or a fixture's file name. */
  styles: ([string, string] | string)[];
  /** Attributes of `<html>`. */
  html?: string;
  /** More of `<head>` (a CSP, a `<base>`). */
  head?: string;
  /** Script-tag attributes beyond the API URL and brand colour. */
  script?: Record<string, string>;
  /** Built with Tailwind's compiler from the classes the markup uses. */
  tailwind?: boolean;
}

export const HOSTS: HostPage[] = [
  { name: 'tailwind', body: 'tailwind.html', styles: [], tailwind: true },
  {
    name: 'bootstrap',
    body: 'bootstrap.html',
    styles: [['bootstrap', 'dist/css/bootstrap.min.css']],
  },
  {
    name: 'bootstrap-dark',
    body: 'bootstrap.html',
    html: 'data-bs-theme="dark"',
    styles: [['bootstrap', 'dist/css/bootstrap.min.css']],
  },
  {
    // Right to left, the RTL build of Bootstrap, the widgets in Arabic.
    name: 'bootstrap-rtl',
    body: 'bootstrap.html',
    html: 'lang="ar" dir="rtl"',
    styles: [['bootstrap', 'dist/css/bootstrap.rtl.min.css']],
    script: { 'data-locale': 'ar' },
  },
  { name: 'bulma', body: 'bulma.html', styles: [['bulma', 'css/bulma.min.css']] },
  {
    name: 'foundation',
    body: 'foundation.html',
    styles: [['foundation-sites', 'dist/css/foundation.min.css']],
  },
  { name: 'shopify-traits', body: 'shopify-traits.html', styles: ['shopify-traits.css'] },
  {
    // The nasty cases of issue 13 at once: a strict same-origin CSP, a <base> elsewhere,
    // global rules for buttons, dialogs and box sizing, and a theme's own shadow DOM.
    name: 'nasty',
    body: 'nasty.html',
    styles: ['nasty.css'],
    head: `<meta http-equiv="Content-Security-Policy" content="default-src 'self'"><base href="/elsewhere/">`,
  },
  {
    // `filter` on <body> makes it the containing block of fixed descendants.
    name: 'nasty-body-filter',
    body: 'shopify-traits.html',
    styles: ['shopify-traits.css', 'body-filter.css'],
  },
  {
    name: 'nasty-body-zoom',
    body: 'bootstrap.html',
    styles: [['bootstrap', 'dist/css/bootstrap.min.css'], 'body-zoom.css'],
  },
  {
    // A consent bar fixed over the bottom of the page at the highest z-index.
    name: 'nasty-consent-bar',
    body: 'consent-bar.html',
    styles: [['bootstrap', 'dist/css/bootstrap.min.css'], 'consent-bar.css'],
  },
];

/** `{{product:…}}`, `{{cart}}`… replaced by our elements. */
const withEmbeds = (markup: string) =>
  markup.replace(
    /\{\{(\w+)(?::([\w-]+):([\d.]+):([\w-]+))?\}\}/g,
    (_, kind, id, price, collections) =>
      kind === 'product'
        ? `<loyalty-product-points product-id="${id}" price="${price}" currency="USD" collections="${collections}"></loyalty-product-points>`
        : (EMBEDS[kind] ?? ''),
  );

/** Tailwind CSS 4 (preflight, theme and utilities) for the classes `markup` uses, by its own compiler. */
async function tailwindCss(markup: string): Promise<string> {
  const { compile } = await import('tailwindcss');
  const root = dirname(require.resolve('tailwindcss/package.json'));
  const compiler = await compile('@import "tailwindcss";', {
    base: root,
    loadStylesheet: async (id, base) => {
      const path = id === 'tailwindcss' ? join(root, 'index.css') : join(base, id);
      return { path, base: dirname(path), content: await readFile(path, 'utf8') };
    },
  });
  const candidates = [...markup.matchAll(/class="([^"]*)"/g)].flatMap(
    (m) => m[1]?.split(/\s+/) ?? [],
  );
  return compiler.build(candidates);
}

/**
 * Serves `host` at /hosts/<name>.html beside the bundle, its stylesheets at
 * /hosts/css/… (root-relative, so a `<base>` on the same origin leaves them be), and goes there. The page has no script tag yet:
 * {@link injectScriptTag} adds it, so a test can see the page as it was first.
 */
export async function openHost(page: Page, host: HostPage): Promise<void> {
  const markup = await readFile(join(fixtures, host.body), 'utf8');
  const sheets = await Promise.all(
    host.styles.map((style) =>
      readFile(typeof style === 'string' ? join(fixtures, style) : installed(...style), 'utf8'),
    ),
  );
  if (host.tailwind) sheets.unshift(await tailwindCss(markup));
  await page.route(`**/hosts/css/*.css`, (route) => {
    const index = Number(/(\d+)\.css$/.exec(route.request().url())?.[1]);
    return route.fulfill({ contentType: 'text/css', body: sheets[index] ?? '' });
  });
  await page.route(`**/hosts/x-card.js`, async (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: await readFile(join(fixtures, 'x-card.js'), 'utf8'),
    }),
  );
  const links = sheets.map((_, i) => `<link rel="stylesheet" href="/hosts/css/${i}.css">`);
  const document = `<!doctype html><html lang="en" ${host.html ?? ''}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${host.name}</title>${host.head ?? ''}${links.join('')}</head><body>${withEmbeds(markup)}</body></html>`;
  await page.route(`**/hosts/${host.name}.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: document }),
  );
  await page.goto(`/hosts/${host.name}.html`);
}

/** Adds the merchant's script tag (demo mode, the seed store's teal) to the open host page. */
export async function injectScriptTag(page: Page, host: HostPage): Promise<void> {
  const src = new URL('/loyaltykit/loyaltykit.js', page.url()).href;
  await page.evaluate(
    ({ src, attributes }) => {
      const script = document.createElement('script');
      for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
      script.src = src;
      document.head.append(script);
    },
    { src, attributes: { 'data-api-url': 'demo', 'data-brand-color': '#0e7490', ...host.script } },
  );
}
