import { problem } from './problems.ts';

/** Which web pages may call the API from a browser. */
export interface CorsOptions {
  /**
   * Exact origins (`https://shop.example.com`) allowed to call; `'*'` allows
   * any (tokens travel in a header, never in cookies, so `'*'` is safe for
   * development; production lists the storefront's origins).
   */
  origins: readonly string[] | '*';
  /**
   * How long a browser may reuse a preflight answer, in seconds. Default 7200,
   * the most Chromium keeps one (Firefox keeps 86400; without the header, 5 s).
   * A longer life costs nothing: a request needing a header or method the
   * cached answer lacks is preflighted again.
   */
  maxAge?: number;
}

const ALLOW_METHODS = 'GET, POST, PUT, DELETE, OPTIONS';
// Accept-Language needs no preflight when it holds only letters, digits and `-,.;= *`: listed for
// any other value.
const ALLOW_HEADERS =
  'Accept-Language, Authorization, Content-Type, Idempotency-Key, If-None-Match, X-Program-ETag, X-Publishable-Key';
const EXPOSE_HEADERS = 'ETag, Retry-After, Idempotent-Replayed';

/** A response whose headers may be changed (a fetched one's may not). */
const mutable = (response: Response) =>
  new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });

/**
 * Wraps a fetch handler with CORS (the Fetch standard's protocol): answers
 * preflights itself, allowing every header the widgets send whatever a
 * preflight asks for (the browser keeps the whole list, so a later page
 * view's `X-Program-ETag` needs no preflight of its own), refuses requests
 * from origins not on the list with a 403 problem before `handler` sees
 * them, and lets allowed pages read the answer and its `ETag`, `Retry-After`
 * and `Idempotent-Replayed` headers.
 * Requests without `Origin` (server to server) pass as they are.
 */
export function withCors(
  options: CorsOptions,
  handler: (request: Request) => Promise<Response>,
): (request: Request) => Promise<Response> {
  const allowed = (origin: string) => options.origins === '*' || options.origins.includes(origin);
  const maxAge = String(options.maxAge ?? 7200);
  return async (request) => {
    const origin = request.headers.get('Origin');
    if (origin === null) return handler(request);
    const preflight =
      request.method === 'OPTIONS' && request.headers.has('Access-Control-Request-Method');
    let response: Response;
    if (!allowed(origin)) {
      response = problem(403, 'unauthorized', `Pages on ${origin} may not call this API.`);
    } else if (preflight) {
      response = new Response(null, {
        status: 204,
        headers: {
          'Access-Control-Allow-Methods': ALLOW_METHODS,
          'Access-Control-Allow-Headers': ALLOW_HEADERS,
          'Access-Control-Max-Age': maxAge,
        },
      });
    } else {
      response = mutable(await handler(request));
      response.headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    }
    if (allowed(origin)) response.headers.set('Access-Control-Allow-Origin', origin);
    response.headers.append('Vary', 'Origin');
    return response;
  };
}
