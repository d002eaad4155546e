import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from '@playwright/test';
import {
  CHECKOUT,
  configure,
  launcher,
  mintToken,
  pageErrors,
  panel,
  test,
} from './support/mock-api.ts';

// Issue 12 item 9: the API answering /v1/me with a 301 to another origin must
// not take the publishable key or the customer token there, and nothing that
// origin says may reach the shopper. The mock API is fronted by a small
// proxy (this spec's own, test-only) that redirects what carries the shopper
// (/v1/me, and /v1/bootstrap, which the page loads them with) and forwards the
// rest; the other origin is a second loopback server that records every
// request and would answer with another member.

const MALLORY = {
  id: 'cus_mallory',
  firstName: 'Mallory',
  balance: { available: 987_654, pending: 0, lifetime: 987_654 },
  redemptions: [],
  ruleUsage: [],
};
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers':
    'Authorization, Content-Type, Idempotency-Key, If-None-Match, X-Publishable-Key',
};

function listen(server: Server): Promise<{ url: string; close: () => Promise<void> }> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** Another origin that answers every request with Mallory and keeps every request's headers. */
function startOtherOrigin() {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((request, response) => {
    seen.push(request.headers);
    if (request.method === 'OPTIONS') return void response.writeHead(204, CORS).end();
    response.writeHead(200, { ...CORS, 'Content-Type': 'application/json' });
    response.end(JSON.stringify(MALLORY));
  });
  return listen(server).then((address) => ({ ...address, seen }));
}

const HOP_BY_HOP = new Set([
  'host',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
]);

/** The API at `target`, except that `GET /v1/me…` and `/v1/bootstrap` answer `301` to `elsewhere`. */
function startRedirectingApi(target: string, elsewhere: string) {
  const server = createServer(async (request, response) => {
    if (request.method === 'GET' && /^\/v1\/(me|bootstrap)/.test(request.url ?? '')) {
      // CORS headers as the API puts on every answer, so the browser sees the redirect itself.
      response.writeHead(301, { ...CORS, Location: `${elsewhere}${request.url}` }).end();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string' && !HOP_BY_HOP.has(name)) headers.set(name, value);
    }
    const method = request.method ?? 'GET';
    const answer = await fetch(`${target}${request.url}`, {
      method,
      headers,
      body: chunks.length && method !== 'GET' ? Buffer.concat(chunks) : undefined,
    });
    const out: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (name !== 'content-encoding' && name !== 'content-length') out[name] = value;
    });
    response.writeHead(answer.status, out).end(Buffer.from(await answer.arrayBuffer()));
  });
  return listen(server);
}

test('a 301 from /v1/me or /v1/bootstrap to another origin: no key or token sent there, none of its data shown', async ({
  page,
  api,
}) => {
  const errors = pageErrors(page);
  const other = await startOtherOrigin();
  const front = await startRedirectingApi(api.url, other.url);
  try {
    await configure(page, {
      apiUrl: front.url,
      customerToken: await mintToken(api.engine.personas.member),
    });
    await page.goto(CHECKOUT);

    // Nothing of the member can be read: the load fails, and the widgets say so.
    await expect(launcher(page)).toHaveText('Rewards');
    await launcher(page).click();
    await expect(panel(page).getByRole('alert')).toContainText('We couldn’t load your rewards.');

    // Text locators pierce the widgets' shadow roots.
    await expect(page.getByText(/Mallory|987,654/)).toHaveCount(0);
    const carrying = other.seen.filter((h) => h['x-publishable-key'] || h.authorization);
    expect(carrying).toEqual([]);
    // Not even a preflight: the redirect was never followed.
    expect(other.seen).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await front.close();
    await other.close();
  }
});
