import { signToken } from '@loyaltykit/gateway';
// Test helpers: drive the msw handlers in-process, as the HTTP client would.
import { getResponse, type RequestHandler } from 'msw';
import { expect } from 'vitest';
import { createEngine, type EngineOptions, type LoyaltyEngine } from '../engine/engine.ts';
import type { EngineSeed } from '../engine/types.ts';
import { createHandlers, type HandlerOptions } from '../handlers/index.ts';
import { usStore } from '../seeds/us-store.ts';
import { DEMO_AUDIENCE, DEMO_PUBLISHABLE_KEY, DEMO_SECRET } from '../tokens.ts';

/** A fixed engine time: Sunday 10 May 2026, noon UTC. */
export const NOW = Date.UTC(2026, 4, 10, 12);

export interface TestApi {
  engine: LoyaltyEngine;
  handlers: RequestHandler[];
  /** Moves the engine clock. */
  advance(ms: number): void;
  /** A valid token for the customer (default Maya), or one with other claims. */
  token(claims?: { sub?: string; aud?: string; exp?: number; secret?: string }): Promise<string>;
  /** Sends a request through the handlers; `token: true` signs in as Maya. */
  call(
    method: string,
    path: string,
    init?: { token?: string | true; body?: unknown; headers?: Record<string, string> },
  ): Promise<Response>;
}

export function testApi(
  options: { seed?: EngineSeed; engine?: EngineOptions; handlers?: HandlerOptions } = {},
): TestApi {
  let now = NOW;
  const engine = createEngine(options.seed ?? usStore, { now: () => now, ...options.engine });
  const handlers = createHandlers(engine, options.handlers);
  const token: TestApi['token'] = (claims = {}) =>
    signToken(
      {
        sub: claims.sub ?? engine.personas.member,
        aud: claims.aud ?? DEMO_AUDIENCE,
        exp: claims.exp ?? Math.floor(now / 1000) + 300,
      },
      claims.secret ?? DEMO_SECRET,
    );
  return {
    engine,
    handlers,
    advance: (ms) => {
      now += ms;
    },
    token,
    async call(method, path, init = {}) {
      const headers: Record<string, string> = {
        'X-Publishable-Key': DEMO_PUBLISHABLE_KEY,
        ...init.headers,
      };
      if (init.token) {
        headers.Authorization = `Bearer ${init.token === true ? await token() : init.token}`;
      }
      if (init.body !== undefined) headers['Content-Type'] = 'application/json';
      const request = new Request(`https://api.example.test${path}`, {
        method,
        headers,
        ...(init.body !== undefined && {
          body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
        }),
      });
      const response = await getResponse(handlers, request);
      if (!response) throw new Error(`no handler for ${method} ${path}`);
      return response;
    },
  };
}

/** Asserts a problem+json response and returns its body. */
export async function expectProblem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toContain('application/problem+json');
  const body = await response.json();
  expect(body).toMatchObject({ status, code, type: expect.stringContaining(code) });
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  return body;
}
