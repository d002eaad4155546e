// Two loopback origins, as in production: the merchant's store (fixture pages)
// and our CDN (the built bundle and the floor). Different ports make different
// origins, so chunks load cross-origin with CORS and SRI exactly as on a CDN.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};
const MARKER = '<!-- loyaltykit -->';

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

function sendFile(response, file, headers = {}) {
  try {
    const body = readFileSync(file);
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      ...headers,
    });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
}

/**
 * Serves `dist` under /loyaltykit/ and the floor under /floor/floor.js.
 * `Access-Control-Allow-Origin` lets the chunks' SRI checks pass cross-origin.
 */
export function startCdn({ dist, floorCode }) {
  return listen((request, response) => {
    const { pathname } = new URL(request.url, 'http://cdn');
    const cors = { 'Access-Control-Allow-Origin': '*' };
    if (pathname === '/floor/floor.js') {
      response.writeHead(200, {
        'Content-Type': TYPES['.js'],
        'Cache-Control': 'no-store',
        ...cors,
      });
      response.end(floorCode);
      return;
    }
    const file = pathname.startsWith('/loyaltykit/')
      ? fileUnder(dist, pathname.slice('/loyaltykit/'.length))
      : undefined;
    if (file) sendFile(response, file, cors);
    else response.writeHead(404).end();
  });
}

/**
 * Serves the fixture pages; `?variant=` picks what replaces the marker in the
 * page's head: a snippet from `snippets`, or nothing (the baseline).
 */
export function startStore(snippets) {
  return listen((request, response) => {
    const url = new URL(request.url, 'http://store');
    const file = fileUnder(fixtures, url.pathname);
    if (!file || extname(file) !== '.html') {
      if (file) sendFile(response, file);
      else response.writeHead(404).end();
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
    response.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-store' });
    response.end(html.replace(MARKER, snippet));
  });
}
