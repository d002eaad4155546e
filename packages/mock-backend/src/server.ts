import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, type RequestHandler } from 'msw';
import { createEngine, type LoyaltyEngine } from './engine/engine.ts';
import type { EngineSeed } from './engine/types.ts';
import { problem } from './handlers/http.ts';
import { createHandlers, type HandlerOptions, unrouted } from './handlers/index.ts';
import { createScenario, type ScenarioName } from './scenarios.ts';
import { usStore } from './seeds/us-store.ts';

/** How the mock server listens and misbehaves. Everything is optional. */
export interface MockServerOptions extends HandlerOptions {
  /** Default the US store. */
  seed?: EngineSeed;
  /** Serve this engine instead of a fresh one from `seed` (tests inspect it). */
  engine?: LoyaltyEngine;
  /** Default 8787; 0 picks a free port. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** Put the API into a named state for every request. */
  scenario?: ScenarioName;
  /** Milliseconds added before every answer. */
  latency?: number;
  /** Share of requests (0..1) refused with `failStatus` before they reach the engine. */
  failRate?: number;
  /** Status of injected failures: 429 (with Retry-After), 5xx, or 0 to cut the connection. Default 503. */
  failStatus?: number;
  /**
   * Share of requests (0..1) whose response is lost after the engine committed
   * them (the connection is cut): the case idempotency keys exist for.
   */
  dropRate?: number;
  /** Source of randomness for fault injection. Default `Math.random`. */
  random?: () => number;
}

/** A running mock server. */
export interface MockServer {
  /** Base URL, e.g. `http://127.0.0.1:8787`. */
  url: string;
  engine: LoyaltyEngine;
  close(): Promise<void>;
}

const CORS_HEADERS = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers':
    'Authorization, Content-Type, Idempotency-Key, If-None-Match, X-Publishable-Key',
  'Access-Control-Expose-Headers': 'ETag, Retry-After, Idempotent-Replayed',
  'Access-Control-Max-Age': '600',
};

/** Methods the Fetch standard refuses to put in a `Request`: the server answers them itself. */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

async function toRequest(incoming: IncomingMessage, base: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = incoming.method ?? 'GET';
  return new Request(new URL(incoming.url ?? '/', base), {
    method,
    headers,
    ...(chunks.length > 0 &&
      method !== 'GET' &&
      method !== 'HEAD' && { body: Buffer.concat(chunks) }),
  });
}

function injectedFailure(status: number): Response {
  if (status === 429) {
    return problem(429, 'rate_limited', 'Slow down (injected fault).', { 'Retry-After': '1' });
  }
  return problem(status, 'http_error', `Injected fault ${status}.`);
}

async function send(outgoing: ServerResponse, response: Response, origin: string | undefined) {
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    // Tokens travel in a header, never in cookies: any origin may call, as a storefront's would.
    'Access-Control-Allow-Origin': origin ?? '*',
    Vary: 'Origin',
  };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  outgoing.writeHead(response.status, headers);
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}

/**
 * Serves the Storefront API from an engine over real HTTP (node:http, no
 * framework), with CORS, latency and fault injection, for examples and e2e
 * tests that need a real network path. The same msw handlers answer as in
 * tests and the in-page demo.
 *
 * @example
 * ```ts
 * const server = await startMockServer({ port: 0, seed: thaiStore, latency: 200 });
 * await fetch(`${server.url}/v1/program`, { headers: { 'X-Publishable-Key': 'pk_demo' } });
 * await server.close();
 * ```
 */
export function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const engine = options.engine ?? createEngine(options.seed ?? usStore);
  const handlers: RequestHandler[] = [
    ...(options.scenario ? createScenario(options.scenario, engine, options) : []),
    ...createHandlers(engine, options),
  ];
  const random = options.random ?? Math.random;
  let base = '';

  const server = createServer(async (incoming, outgoing) => {
    const origin = incoming.headers.origin;
    try {
      if (incoming.method === 'OPTIONS') {
        return await send(outgoing, new Response(null, { status: 204 }), origin);
      }
      if (incoming.method && FORBIDDEN_METHODS.has(incoming.method)) {
        const url = new URL(incoming.url ?? '/', base);
        return await send(outgoing, unrouted(handlers, incoming.method, url), origin);
      }
      const request = await toRequest(incoming, base);
      if (options.latency) await new Promise((resolve) => setTimeout(resolve, options.latency));
      if (options.failRate && random() < options.failRate) {
        const status = options.failStatus ?? 503;
        if (status === 0) return void outgoing.socket?.destroy();
        return await send(outgoing, injectedFailure(status), origin);
      }
      const response =
        (await getResponse(handlers, request)) ??
        unrouted(handlers, request.method, new URL(request.url));
      if (options.dropRate && random() < options.dropRate) return void outgoing.socket?.destroy();
      await send(outgoing, response, origin);
    } catch (error) {
      await send(outgoing, problem(500, 'http_error', String(error)), origin);
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, options.host ?? '127.0.0.1', () => {
      const { address, port } = server.address() as AddressInfo;
      base = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
      resolve({
        url: base,
        engine,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
