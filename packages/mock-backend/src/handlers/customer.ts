import { http, type RequestHandler } from 'msw';
import { InvalidRequest } from '../engine/invalid-request.ts';
import { guarded, type HandlerContext, jsonBody, reply, requireCustomer } from './http.ts';
import { parseBirthday } from './validate.ts';

function pageSize(url: URL): number | undefined {
  const limit = url.searchParams.get('limit');
  if (limit === null) return undefined;
  if (!/^\d+$/.test(limit)) {
    throw new InvalidRequest([{ parameter: 'limit', detail: 'limit must be a whole number.' }]);
  }
  return Number(limit);
}

/** `GET /v1/me`, `GET /v1/me/activity`, `PUT /v1/me/birthday`. */
export const customerHandlers = (context: HandlerContext): RequestHandler[] => [
  http.get(
    '*/v1/me',
    guarded(async ({ request }) => {
      const id = await requireCustomer(request, context);
      return reply(200, context.engine.customer(id));
    }),
  ),
  http.get(
    '*/v1/me/activity',
    guarded(async ({ request }) => {
      const id = await requireCustomer(request, context);
      const url = new URL(request.url);
      const cursor = url.searchParams.get('cursor') || undefined;
      return reply(200, context.engine.activity(id, { cursor, limit: pageSize(url) }));
    }),
  ),
  http.put(
    '*/v1/me/birthday',
    guarded(async ({ request }) => {
      const id = await requireCustomer(request, context);
      const birthday = parseBirthday(await jsonBody(request));
      return reply(200, context.engine.setBirthday(id, birthday));
    }),
  ),
];
