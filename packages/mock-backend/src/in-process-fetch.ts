import { getResponse, type RequestHandler } from 'msw';

/**
 * A `fetch` answered by msw handlers in the same JavaScript realm: no service
 * worker, no network. This is how the demo runs inside a script-tag bundle on
 * any page, and why the real HTTP client is exercised even in the demo.
 */
export function createInProcessFetch(handlers: RequestHandler[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const response = await getResponse(handlers, request);
    return response ?? new Response(null, { status: 404, statusText: 'No mock handler' });
  };
}
