import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Serves `body` as a plain HTML page on a free loopback port: a merchant's
 * page elsewhere, in the language `lang` (`<html lang dir>`).
 */
export async function servePage(
  body: string,
  { lang = 'en', dir = 'ltr' } = {},
): Promise<Server & { url: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>My shop</title></head><body><h1>My shop</h1>${body}</body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(server, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
  });
}
