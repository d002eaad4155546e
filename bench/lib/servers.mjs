// Two loopback origins, as in production: the merchant's store (fixture pages)
// and our CDN (the built bundle's CDN layout, and the floor). Different ports
// make different origins, so chunks load cross-origin with CORS and SRI
// exactly as on a CDN, and cache as the embed README tells merchants to serve them.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cardsHtml } from './cards.mjs';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};
const MARKER = '<!-- loyaltykit -->';
const CARDS = '<!-- cards -->';
const DEFAULT_CARDS = 24;
/** What the embed README asks of the CDN: a release folder never changes. */
const CDN_HEADERS = {
  'Cache-Control': 'public, max-age=31536000, immutable',
  'Access-Control-Allow-Origin': '*',
};

function listen(handler) {
  const server = createServer(handler);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

/** A file under `root` for a URL path, or undefined (no escaping the root). */
function fileUnder(root, pathname) {
  const file = join(root, normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, ''));
  return file.startsWith(root) ? file : undefined;
}

function send(response, body, type, headers) {
  response.writeHead(200, { 'Content-Type': type, ...headers });
  response.end(body);
}

function sendFile(response, file, headers) {
  let body;
  try {
    body = readFileSync(file);
  } catch {
    response.writeHead(404).end();
    return;
  }
  send(response, body, TYPES[extname(file)] ?? 'application/octet-stream', headers);
}

/**
 * Serves `cdnDir` (the build's `dist/cdn/`, with its `loyaltykit@<version>/`
 * folder) at the root and the floor at /floor/floor.js, both cacheable.
 */
export function startCdn({ cdnDir, floorCode }) {
  return listen((request, response) => {
    const { pathname } = new URL(request.url, 'http://cdn');
    if (pathname === '/floor/floor.js') {
      send(response, floorCode, TYPES['.js'], CDN_HEADERS);
      return;
    }
    const file = fileUnder(cdnDir, pathname);
    if (file) sendFile(response, file, CDN_HEADERS);
    else response.writeHead(404).end();
  });
}

/**
 * Serves the fixture pages, never cached (a store's HTML is dynamic).
 * `?variant=` picks what replaces the marker in the page's head: a snippet
 * from `snippets`, or nothing (the baseline); `?cards=n` how many product
 * cards a page with a grid gets (24 by default).
 */
export function startStore(snippets) {
  return listen((request, response) => {
    const url = new URL(request.url, 'http://store');
    const file = fileUnder(fixtures, url.pathname);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    if (extname(file) !== '.html') {
      sendFile(response, file, { 'Cache-Control': 'no-store' });
      return;
    }
    let html;
    try {
      html = readFileSync(file, 'utf8');
    } catch {
      response.writeHead(404).end();
      return;
    }
    const snippet = snippets[url.searchParams.get('variant') ?? 'baseline'] ?? '';
    let cards;
    try {
      cards = cardsHtml(Number(url.searchParams.get('cards') ?? DEFAULT_CARDS));
    } catch (error) {
      response.writeHead(400).end(String(error));
      return;
    }
    send(response, html.replace(MARKER, snippet).replace(CARDS, cards), TYPES['.html'], {
      'Cache-Control': 'no-store',
    });
  });
}
