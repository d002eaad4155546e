import { http, type RequestHandler } from 'msw';
import { guarded, type HandlerContext, reply } from './http.ts';

/** FNV-1a: a small, stable hash, enough to tell programme versions apart. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

const matches = (ifNoneMatch: string | null, etag: string) =>
  ifNoneMatch
    ?.split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*') ?? false;

/** `GET /v1/program`: public, cacheable, revalidated with `ETag` / `If-None-Match`. */
export const programHandlers = (context: HandlerContext): RequestHandler[] => [
  http.get(
    '*/v1/program',
    guarded(async ({ request }) => {
      const body = JSON.stringify(context.engine.program());
      const etag = `"${hash(body)}"`;
      const headers = { ETag: etag, 'Cache-Control': 'public, max-age=60' };
      if (matches(request.headers.get('If-None-Match'), etag)) {
        return new Response(null, { status: 304, headers });
      }
      const response = reply(200, JSON.parse(body));
      for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
      return response;
    }),
  ),
];
