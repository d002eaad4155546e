import { isLoyaltyError, LoyaltyError } from '@loyaltykit/core';
import type { Connector } from './connector.ts';
import { createMemoryStore } from './idempotency/memory.ts';
import type { IdempotencyStore } from './idempotency/store.ts';
import { InvalidRequest } from './invalid-request.ts';
import { negotiateLanguage } from './languages.ts';
import { errorResponse, problem, problemFor, reply } from './problems.ts';
import { type SigningKey, type TokenClaims, verifyToken } from './tokens.ts';
import { parseAction, parseBirthday, parseCart, parseRedeem } from './validate.ts';

/** How shopper tokens of one programme (one publishable key) are verified. */
export interface ProgrammeKeys {
  /** The `aud` its tokens must carry. */
  audience: string;
  /** When set, the `iss` its tokens must carry. */
  issuer?: string;
  /** Its signing secrets: several during a rotation, told apart by `kid`. */
  signingKeys: readonly SigningKey[];
}

/** A gateway's settings. Only `connector` and `keys` are required. */
export interface GatewayOptions {
  connector: Connector;
  /** Publishable key → how its shoppers' tokens are verified. Any other key is a 401. */
  keys: Readonly<Record<string, ProgrammeKeys>>;
  /** Where keyed POSTs are remembered. Default: this process's memory (one instance only). */
  idempotency?: IdempotencyStore;
  /** Largest request body accepted, in bytes (413 above). Default 16 KiB. */
  maxBodyBytes?: number;
  /** Seconds of clock difference tolerated on token times. Default 30. */
  clockSkew?: number;
  /** The clock, in ms. Default `Date.now`. */
  now?: () => number;
  /**
   * The platform's customer id for a verified token, or `null` to serve it as
   * a guest. Default: the token's `sub`.
   */
  identify?: (claims: TokenClaims) => string | null;
}

/** A Storefront API server: one standard fetch handler. */
export type FetchHandler = (request: Request) => Promise<Response>;

interface Call {
  request: Request;
  url: URL;
  /** The path parameter, for `/v1/me/redemptions/{id}`. */
  param: string;
  customer(): Promise<string | null>;
  signedIn(): Promise<string>;
  json(): Promise<unknown>;
}

type Route = { method: string; path: RegExp; run: (call: Call) => Promise<Response> };

/** Paths whose answers are one shopper's: no cache may keep them. */
const CUSTOMER_PATH = /^\/v1\/(me(\/|$)|bootstrap$)/;

/** The route table's paths and the methods each takes (also for 405 answers outside a gateway). */
const PATHS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/^\/v1\/program$/, ['GET']],
  [/^\/v1\/bootstrap$/, ['GET']],
  [/^\/v1\/me$/, ['GET']],
  [/^\/v1\/me\/activity$/, ['GET']],
  [/^\/v1\/me\/birthday$/, ['PUT']],
  [/^\/v1\/me\/redemptions$/, ['POST']],
  [/^\/v1\/me\/redemptions\/([^/]+)$/, ['DELETE']],
  [/^\/v1\/me\/actions$/, ['POST']],
  [/^\/v1\/quote$/, ['POST']],
];

/**
 * The answer to a request no route takes: 405 with `Allow` when the path has
 * other methods (RFC 9110 §15.5.6), else 404.
 */
export function unrouted(method: string, url: URL): Response {
  const allow = PATHS.find(([path]) => path.test(url.pathname))?.[1];
  return allow
    ? problem(405, 'not_found', `${url.pathname} takes ${allow.join(', ')}, not ${method}.`, {
        Allow: allow.join(', '),
      })
    : problem(404, 'not_found', `No ${method} ${url.pathname}.`);
}

/** FNV-1a: a small, stable hash, enough to tell programme versions apart. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

/** The programme as sent (its texts in `locale`), and its strong ETag: a hash of exactly those bytes. */
async function versioned(connector: Connector, locale: string | undefined) {
  const program = await connector.program(locale);
  const body = JSON.stringify(program);
  return { program, body, etag: `"${hash(body)}"` };
}

const matches = (ifNoneMatch: string | null, etag: string) =>
  ifNoneMatch
    ?.split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*') ?? false;

/** JSON with object keys sorted: the same body in another key order is the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const unauthorized = (detail: string) => new LoyaltyError('unauthorized', detail, { status: 401 });

/** The body as text, refusing more than `limit` bytes (413) without reading further. */
async function readBody(request: Request, limit: number): Promise<string> {
  const tooLarge = () =>
    new LoyaltyError('validation_failed', `The body is larger than ${limit} bytes.`, {
      status: 413,
    });
  if (Number(request.headers.get('Content-Length') ?? 0) > limit) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** A path segment, decoded; `undefined` when it is not valid percent-encoding. */
function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function pageSize(url: URL): number | undefined {
  const limit = url.searchParams.get('limit');
  if (limit === null) return undefined;
  if (!/^\d+$/.test(limit)) {
    throw new InvalidRequest([{ parameter: 'limit', detail: 'limit must be a whole number.' }]);
  }
  return Number(limit);
}

/**
 * Serves the Storefront API v1 (packages/client/openapi.yaml) over a
 * connector. The gateway checks everything before the connector sees a
 * request: the publishable key, the shopper's token, the body's size and
 * shape; and it runs every keyed POST exactly once per `Idempotency-Key`
 * through the idempotency store. Errors are problem documents with stable
 * codes; a connector failure is a 500, never a crash. Browsers need CORS:
 * wrap the handler with `withCors` (kept apart so an in-page demo does
 * not carry it).
 *
 * @example
 * ```ts
 * const handle = createGateway({
 *   connector: myPlatformConnector(process.env.PLATFORM_SECRET),
 *   keys: { pk_live_1: { audience: 'my-shop', signingKeys: [{ kid: '2026-06', secret }] } },
 * });
 * const response = await handle(new Request('https://loyalty.example.com/v1/program', {
 *   headers: { 'X-Publishable-Key': 'pk_live_1' },
 * }));
 * ```
 */
export function createGateway(options: GatewayOptions): FetchHandler {
  const { connector } = options;
  const idempotency = options.idempotency ?? createMemoryStore({ now: options.now });
  const now = options.now ?? Date.now;
  const maxBody = options.maxBodyBytes ?? 16_384;
  const identify = options.identify ?? ((claims: TokenClaims) => claims.sub);
  const { locales } = connector;

  /**
   * The language a request's merchant texts are answered in (`undefined` for a
   * one-language connector), and `tell`, which names it on the answer and
   * keeps caches' copies of each language apart.
   */
  function language(request: Request) {
    const locale = locales?.length
      ? negotiateLanguage(request.headers.get('Accept-Language'), locales)
      : undefined;
    const tell = (response: Response) => {
      if (locale) {
        response.headers.set('Content-Language', locale);
        response.headers.append('Vary', 'Accept-Language');
      }
      return response;
    };
    return { locale, tell };
  }

  /** Runs a POST once per customer, operation and key; replays, 409s and 422s as DESIGN.md §4 says. */
  async function keyed(
    call: Call,
    customerId: string,
    body: unknown,
    run: () => Promise<unknown>,
  ): Promise<Response> {
    const key = call.request.headers.get('Idempotency-Key');
    if (!key || key.length > 255) {
      throw new InvalidRequest([
        { header: 'Idempotency-Key', detail: 'Send an Idempotency-Key header (1–255 chars).' },
      ]);
    }
    const claim = await idempotency.claim({
      customerId,
      operation: `${call.request.method} ${call.url.pathname}`,
      key,
      fingerprint: canonical(body),
    });
    switch (claim.status) {
      case 'replay': {
        const response = reply(claim.response.status, claim.response.body);
        response.headers.set('Idempotent-Replayed', 'true');
        return response;
      }
      case 'in_progress':
        throw new LoyaltyError('request_in_progress', 'A request with this key is in flight.', {
          status: 409,
        });
      case 'reused':
        throw new LoyaltyError(
          'idempotency_key_reused',
          'This Idempotency-Key was used for a different request.',
          { status: 422 },
        );
    }
    let outcome: { status: number; body: unknown };
    try {
      outcome = { status: 201, body: await run() };
    } catch (error) {
      if (!isLoyaltyError(error) || error.status === undefined || error.status >= 500) {
        await claim.release();
        throw error;
      }
      outcome = { status: error.status, body: problemFor(error, error.status) };
    }
    await claim.complete(outcome.status, outcome.body);
    return reply(outcome.status, outcome.body);
  }

  const routes: Route[] = [
    {
      method: 'GET',
      path: /^\/v1\/program$/,
      run: async ({ request }) => {
        const { locale, tell } = language(request);
        const { body, etag } = await versioned(connector, locale);
        // One gateway serves several programmes at one URL: a shared cache must tell them apart.
        const headers = {
          ETag: etag,
          'Cache-Control': 'public, max-age=60',
          Vary: 'X-Publishable-Key',
        };
        if (matches(request.headers.get('If-None-Match'), etag)) {
          return tell(new Response(null, { status: 304, headers }));
        }
        return tell(
          new Response(body, {
            status: 200,
            headers: { ...headers, 'Content-Type': 'application/json' },
          }),
        );
      },
    },
    {
      method: 'GET',
      path: /^\/v1\/bootstrap$/,
      run: async (call) => {
        const { locale, tell } = language(call.request);
        const [{ program, etag }, id] = await Promise.all([
          versioned(connector, locale),
          call.customer(),
        ]);
        const customer = id === null ? null : await connector.customer(id, locale);
        // The same refusal as GET /v1/me: the page then shows the guest view (or refreshes the token).
        if (customer === undefined) throw unauthorized('No such customer.');
        // X-Program-ETag names the programme the client holds: then it is left out, not sent again.
        // Not If-None-Match: a script-set conditional header makes browsers skip their caches,
        // Chromium's preflight cache included, so every page view would pay a preflight.
        const held = call.request.headers.get('X-Program-ETag') === etag;
        return tell(reply(200, { ...(!held && { program }), programEtag: etag, customer }));
      },
    },
    {
      method: 'GET',
      path: /^\/v1\/me$/,
      run: async (call) => {
        const { locale, tell } = language(call.request);
        const customer = await connector.customer(await call.signedIn(), locale);
        if (!customer) throw unauthorized('No such customer.');
        return tell(reply(200, customer));
      },
    },
    {
      method: 'GET',
      path: /^\/v1\/me\/activity$/,
      run: async (call) => {
        const id = await call.signedIn();
        const cursor = call.url.searchParams.get('cursor') || undefined;
        return reply(200, await connector.activity(id, { cursor, limit: pageSize(call.url) }));
      },
    },
    {
      method: 'PUT',
      path: /^\/v1\/me\/birthday$/,
      run: async (call) => {
        const id = await call.signedIn();
        const birthday = parseBirthday(await call.json());
        return reply(200, await connector.setBirthday(id, birthday));
      },
    },
    {
      method: 'POST',
      path: /^\/v1\/me\/redemptions$/,
      run: async (call) => {
        const id = await call.signedIn();
        const body = await call.json();
        const input = parseRedeem(body);
        return keyed(call, id, body, async () => connector.redeem(id, input));
      },
    },
    {
      method: 'DELETE',
      path: /^\/v1\/me\/redemptions\/([^/]+)$/,
      run: async (call) => {
        const id = await call.signedIn();
        return reply(200, await connector.cancelRedemption(id, call.param));
      },
    },
    {
      method: 'POST',
      path: /^\/v1\/me\/actions$/,
      run: async (call) => {
        const id = await call.signedIn();
        const body = await call.json();
        const ruleId = parseAction(body);
        return keyed(call, id, body, async () => connector.claimAction(id, ruleId));
      },
    },
    {
      method: 'POST',
      path: /^\/v1\/quote$/,
      run: async (call) => {
        const quote = connector.quote?.bind(connector);
        if (!quote)
          throw new LoyaltyError('not_found', 'This backend does not quote carts.', {
            status: 404,
          });
        const id = await call.customer();
        const cart = parseCart(await call.json());
        return reply(200, await quote(cart, id ?? undefined));
      },
    },
  ];

  /** The customer the bearer token names, or `null` without one; a bad token is a 401. */
  async function tokenCustomer(request: Request, programme: ProgrammeKeys): Promise<string | null> {
    const header = request.headers.get('Authorization');
    if (header === null) return null;
    // RFC 9110 §11.1: the scheme is case-insensitive, and one or more spaces follow it.
    const token = /^bearer +(\S+)$/i.exec(header)?.[1];
    if (!token) throw unauthorized('Send the token as "Bearer <token>".');
    const check = await verifyToken(token, {
      keys: programme.signingKeys,
      audience: programme.audience,
      ...(programme.issuer !== undefined && { issuer: programme.issuer }),
      now: now(),
      clockSkew: options.clockSkew ?? 30,
    });
    if (!check.ok) {
      throw check.reason === 'expired'
        ? new LoyaltyError('token_expired', 'The customer token has expired.', { status: 401 })
        : unauthorized(`The customer token was refused (${check.reason}).`);
    }
    return identify(check.claims);
  }

  async function serve(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const key = request.headers.get('X-Publishable-Key');
    const programme =
      key === null ? undefined : Object.hasOwn(options.keys, key) ? options.keys[key] : undefined;
    // A request without a known key goes no further, whatever its path or method.
    if (!programme) {
      return problem(
        401,
        'unauthorized',
        key
          ? `Unknown publishable key; this API serves ${Object.keys(options.keys).join(', ')}.`
          : 'The X-Publishable-Key header is missing.',
      );
    }
    let param: string | undefined = '';
    const route = routes.find((candidate) => {
      const match = candidate.method === request.method && candidate.path.exec(url.pathname);
      if (match) param = decoded(match[1] ?? '');
      return match;
    });
    if (!route) return unrouted(request.method, url);
    if (param === undefined)
      return problem(404, 'not_found', `No ${request.method} ${url.pathname}.`);
    let customer: Promise<string | null> | undefined;
    const call: Call = {
      request,
      url,
      param,
      customer: () => {
        customer ??= tokenCustomer(request, programme);
        return customer;
      },
      signedIn: async () => {
        const id = await call.customer();
        if (id === null) throw unauthorized('Sign in: this needs a customer token.');
        return id;
      },
      json: async () => {
        const text = await readBody(request, maxBody);
        try {
          return JSON.parse(text);
        } catch {
          throw new InvalidRequest([{ pointer: '', detail: 'The body is not JSON.' }]);
        }
      },
    };
    let response: Response;
    try {
      response = await route.run(call);
    } catch (error) {
      response = errorResponse(error);
    }
    if (CUSTOMER_PATH.test(url.pathname))
      response.headers.set('Cache-Control', 'private, no-store');
    return response;
  }

  return async (request) => {
    try {
      return await serve(request);
    } catch (error) {
      // A bug of ours or a malformed URL: still a problem document, never a crash.
      return errorResponse(error);
    }
  };
}
