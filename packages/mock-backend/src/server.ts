import { type FetchHandler, problem, unrouted, withCors } from '@loyaltykit/gateway';
import { serveNode } from '@loyaltykit/gateway/node';
import { getResponse, type RequestHandler } from 'msw';
import { createEngine, type LoyaltyEngine } from './engine/engine.ts';
import type { EngineSeed } from './engine/types.ts';
import { createHandlers, type HandlerOptions } from './handlers/index.ts';
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

function injectedFailure(status: number): Response {
  if (status === 429) {
    return problem(429, 'rate_limited', 'Slow down (injected fault).', { 'Retry-After': '1' });
  }
  return problem(status, 'http_error', `Injected fault ${status}.`);
}

/**
 * Serves the Storefront API from an engine over real HTTP: the gateway with
 * the engine connector, on the gateway's Node adapter, allowing any origin,
 * with latency and fault injection, for examples and e2e tests that need a
 * real network path. The same handlers answer as in tests and the in-page demo.
 *
 * @example
 * ```ts
 * const server = await startMockServer({ port: 0, seed: thaiStore, latency: 200 });
 * await fetch(`${server.url}/v1/program`, { headers: { 'X-Publishable-Key': 'pk_demo' } });
 * await server.close();
 * ```
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const engine = options.engine ?? createEngine(options.seed ?? usStore);
  const handlers: RequestHandler[] = [
    ...(options.scenario ? createScenario(options.scenario, engine, options) : []),
    ...createHandlers(engine, options),
  ];
  const random = options.random ?? Math.random;
  const api: FetchHandler = async (request) => {
    if (options.latency) await new Promise((resolve) => setTimeout(resolve, options.latency));
    if (options.failRate && random() < options.failRate) {
      const status = options.failStatus ?? 503;
      return status === 0 ? Response.error() : injectedFailure(status);
    }
    const response =
      (await getResponse(handlers, request)) ?? unrouted(request.method, new URL(request.url));
    // Committed, then lost on the way back: the connection is cut.
    return options.dropRate && random() < options.dropRate ? Response.error() : response;
  };
  // Tokens travel in a header, never in cookies: any origin may call, as a storefront's would.
  const served = await serveNode(withCors({ origins: '*' }, api), {
    port: options.port ?? 8787,
    host: options.host ?? '127.0.0.1',
  });
  return { url: served.url, engine, close: served.close };
}
