// Serves the demo store and the built script tag, the way a merchant's
// theme and a CDN would: store pages from public/, the bundle under /loyaltykit/.
// Like a theme, store pages are fragments set in one layout (layout.html, where
// the script tag lives, as in a Shopify theme.liquid); whole documents (test
// pages) are served as they are.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mintDemoToken, SESSION_COOKIE } from './public/demo-token.js';

const roots = {
  '/loyaltykit/': fileURLToPath(new URL('../../packages/embed/dist/', import.meta.url)),
  '/': fileURLToPath(new URL('./public/', import.meta.url)),
};
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const layout = fileURLToPath(new URL('./layout.html', import.meta.url));

/**
 * The backends the store can run over, by the name `LK_BACKEND` gives
 * (default `demo`). Each starts what it needs and says how the layout's
 * script tag reaches it: the gateway's `apiUrl` and `publishableKey`, or
 * `scriptAttributes` to add to the in-page mock's tag; `demo` is the in-page
 * mock (`data-api-url="demo"`). `session` is whom the demo bar can sign in
 * (`members`), who is signed in before it does (`signedIn`), and whether the
 * store renders the signed-in member's token into the script tag
 * (`renderToken`, {@link inLayout}).
 */
const BACKENDS = {
  demo: async () => ({ session: { ...(await seedMembers()), renderToken: true } }),
  // The gateway with the Voucherify connector over the fake Voucherify API (packages/voucherify):
  // a guest until the bar signs its example customer in.
  voucherify: async () => {
    const demo = await (
      await import('../../packages/voucherify/dist/demo.js')
    ).startVoucherifyDemo();
    return Object.assign(demo, {
      session: { members: [{ id: demo.member, label: 'Voucherify’s example customer' }] },
    });
  },
  // A fake of LoyaltyLion's Headless API in the page, answering from LoyaltyLion's published
  // examples (packages/loyaltylion), signed in as its example customer.
  loyaltylion: async () => ({
    scriptAttributes: 'data-backend="loyaltylion"',
    session: {
      members: [{ id: 'cus_maya', label: 'Alice, LoyaltyLion’s example' }],
      signedIn: 'cus_maya',
    },
  }),
};
const EMPTY_LANDING = '<loyalty-landing></loyalty-landing>';
const LOCALES = ['en', 'th', 'ko', 'ar'];

/**
 * The demo programme's members, labelled with their tier (`Olivia · Gold`),
 * highest lifetime points first, and the one the demo signs in by default.
 * Labels come from the seed as it starts: points spent in the browser do not
 * change a tier.
 */
async function seedMembers() {
  const { createDemo, usStore } = await import('../../packages/mock-backend/dist/index.js');
  const { engine } = createDemo(usStore);
  const tiers = engine.program().tiers;
  const members = usStore.members
    .map(({ id, firstName }) => {
      const customer = engine.customer(id);
      const tier = tiers.find((t) => t.id === customer?.tier?.currentTierId)?.name;
      return { id, label: `${firstName} · ${tier}`, lifetime: customer?.balance.lifetime ?? 0 };
    })
    .sort((a, b) => b.lifetime - a.lifetime);
  return { members, signedIn: engine.personas.member };
}

const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * Who the store's session says is signed in, as a shop's server knows it: the
 * demo bar's last choice (a cookie: a member's id or `guest`), else whom the
 * backend signs in by itself. `member` is `null` for a guest.
 */
function shopperOf({ members, signedIn }, cookie) {
  const chosen = new RegExp(`(?:^|; )${SESSION_COOKIE}=([\\w-]+)`).exec(cookie ?? '')?.[1];
  const id = chosen === 'guest' ? undefined : (chosen ?? signedIn);
  return { member: members.find((m) => m.id === id) ?? null, chosen: chosen !== undefined };
}

/**
 * The demo bar's member picker, the signed-in member selected (for a guest,
 * the one the demo signs in by itself), and the line saying who is signed in.
 */
function sessionMarkup({ members, signedIn }, member) {
  const selected = member?.id ?? signedIn;
  const options = members
    .map(
      ({ id, label }) =>
        `            <option value="${escapeHtml(id)}"${id === selected ? ' selected' : ''}>${escapeHtml(label)}</option>\n`,
    )
    .join('');
  const shopper = member
    ? `<span id="demo-shopper" data-signed-in="true">Signed in as <strong>${escapeHtml(member.label)}</strong></span>`
    : '<span id="demo-shopper" data-signed-in="false">Browsing as a <strong>guest</strong>, signed out</span>';
  return { options, shopper };
}

/**
 * The landing section as static HTML, the way a merchant pastes it from
 * `loyaltykit-landing` (packages/embed/node/): rendered from the demo
 * programme in the page's language, then taken over by the script.
 */
async function landingSnippet(locale, backend) {
  const [{ fetchLandingSnippet }, { createDemo, usStore }] = await Promise.all([
    import('../../packages/embed/dist-node/landing.js'),
    import('../../packages/mock-backend/dist/index.js'),
  ]);
  // Over the gateway, its programme; otherwise (the mocks in the page) the demo's.
  const api = backend?.apiUrl ? backend : createDemo(usStore);
  return fetchLandingSnippet(
    { apiUrl: api.apiUrl, publishableKey: api.publishableKey, fetch: api.fetch ?? fetch },
    // The store is dark when the shopper's system is (store.css): so is the pasted section,
    // before the script arrives to read the page's own background.
    { locale, theme: { scheme: 'auto' } },
  );
}

/**
 * A page fragment (`<title>…</title>` then the main content) set in the
 * layout, with the demo bar's session, its script tag pointed at `backend`;
 * whole documents unchanged. Over the in-page mock, a member the shopper
 * chose in the bar is signed in by their token in `data-customer-token`, as a
 * shop's server renders it (DEMO ONLY: minted with the demo's public secret),
 * so every page starts as them rather than as the demo's default member.
 */
async function inLayout(html, backend, cookie) {
  const fragment = /^<title>(.*)<\/title>\n/.exec(html);
  if (!fragment) return undefined;
  const { member, chosen } = shopperOf(backend.session, cookie);
  const { options, shopper } = sessionMarkup(backend.session, member);
  const page = readFileSync(layout, 'utf8')
    .replace('{{title}}', () => fragment[1])
    .replace('{{shopper}}', () => shopper)
    .replace('{{members}}', () => options)
    .replace('{{content}}', () => html.slice(fragment[0].length));
  const tag = /(<script\b[^>]*\bsrc="\/loyaltykit\/loyaltykit\.js"[^>]*?) data-api-url="demo"/;
  if (backend.session.renderToken) {
    const token = chosen && member ? await mintDemoToken(member.id) : undefined;
    return token
      ? page.replace(
          tag,
          (_, start) => `${start} data-api-url="demo" data-customer-token="${token}"`,
        )
      : page;
  }
  if (backend.scriptAttributes) {
    return page.replace(
      tag,
      (_, start) => `${start} data-api-url="demo" ${backend.scriptAttributes}`,
    );
  }
  return page.replace(
    tag,
    (_, start) =>
      `${start} data-api-url="${backend.apiUrl}" data-publishable-key="${backend.publishableKey}"`,
  );
}

/** The file a URL path maps to, or undefined when it is outside the roots or missing. */
function resolveFile(pathname) {
  const [prefix, root] = Object.entries(roots).find(([p]) => pathname.startsWith(p));
  const relative = normalize(decodeURIComponent(pathname.slice(prefix.length))).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  let file = join(root, relative);
  if (!join(file, '/').startsWith(root)) return undefined;
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

export async function startServer({
  port = 5173,
  host = '127.0.0.1',
  backend: name = process.env.LK_BACKEND ?? 'demo',
} = {}) {
  if (!Object.hasOwn(BACKENDS, name)) {
    throw new Error(`Unknown LK_BACKEND "${name}": ${Object.keys(BACKENDS).join(' or ')}`);
  }
  const backend = await BACKENDS[name]();
  const server = createServer(async (request, response) => {
    const { pathname, searchParams } = new URL(request.url ?? '/', 'http://localhost');
    const file = resolveFile(pathname);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    let page =
      extname(file) === '.html'
        ? await inLayout(readFileSync(file, 'utf8'), backend, request.headers.cookie)
        : undefined;
    if (page?.includes(EMPTY_LANDING)) {
      try {
        // The page's language, as the layout picks it: ?lang=, else the header's choice (a cookie).
        const lang =
          searchParams.get('lang') ?? /(?:^|; )lang=(\w+)/.exec(request.headers.cookie ?? '')?.[1];
        const snippet = await landingSnippet(
          LOCALES.find((l) => l === lang),
          backend,
        );
        page = page.replace(EMPTY_LANDING, () => snippet);
      } catch (error) {
        // The page still works without it: the script renders the section.
        console.error('Could not render the landing snippet:', error);
      }
    }
    response.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      // Chunks are loaded with SRI, which needs CORS on a real CDN; harmless here.
      'Access-Control-Allow-Origin': '*',
    });
    if (page === undefined) createReadStream(file).pipe(response);
    else response.end(page);
  });
  server.on('close', () => backend.close?.());
  await new Promise((resolve) => server.listen(port, host, resolve));
  // Tests inspect the backend (the Voucherify fake's record of what it was asked).
  return Object.assign(server, { backend });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 5173);
  const host = process.env.HOST ?? '127.0.0.1';
  const backend = process.env.LK_BACKEND ?? 'demo';
  await startServer({ port, host, backend });
  console.log(`Demo store: http://${host}:${port}/  (Arabic: http://${host}:${port}/?lang=ar)`);
  if (backend !== 'demo')
    console.log(`Backend: ${backend} (LK_BACKEND); sign in from the demo bar`);
}
