import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { customer, program } from './testing/fixtures.ts';
import { problem, rejection, testBackend, useServer } from './testing/server.ts';

const server = useServer();

interface Seen {
  path: string;
  authorization: string | null;
  programEtag: string | null;
  ifNoneMatch: string | null;
}

/**
 * A Storefront API 1.2 as the contract describes `/v1/bootstrap`: the
 * programme left out when X-Program-ETag names it, `customer` by the token.
 */
function bootstrapApi(etag = '"v1"') {
  const seen: Seen[] = [];
  server.use(
    http.get('*/v1/bootstrap', ({ request }) => {
      const programEtag = request.headers.get('X-Program-ETag');
      const authorization = request.headers.get('Authorization');
      const ifNoneMatch = request.headers.get('If-None-Match');
      seen.push({ path: '/v1/bootstrap', authorization, programEtag, ifNoneMatch });
      if (authorization === 'Bearer tok_old') return problem(401, 'token_expired');
      return HttpResponse.json({
        ...(programEtag !== etag && { program }),
        programEtag: etag,
        customer: authorization ? customer : null,
      });
    }),
  );
  return seen;
}

describe('bootstrap', () => {
  it('reads programme and customer in one request, with the token; a guest gets customer null', async () => {
    const seen = bootstrapApi();
    const member = testBackend({ customerToken: 'tok_1' }).backend;
    await expect(member.bootstrap()).resolves.toEqual({ program, customer });
    await expect(testBackend().backend.bootstrap()).resolves.toEqual({ program, customer: null });
    expect(seen.map((s) => s.authorization)).toEqual(['Bearer tok_1', null]);
  });

  it('names the programme it holds in X-Program-ETag, never If-None-Match, and keeps it when the answer leaves it out', async () => {
    const seen = bootstrapApi();
    const { backend } = testBackend({ customerToken: 'tok_1' });
    const first = await backend.bootstrap();
    const second = await backend.bootstrap();
    // A script-set If-None-Match would cost a CORS preflight on every page view in Chromium.
    expect(seen.map((s) => [s.programEtag, s.ifNoneMatch])).toEqual([
      [null, null],
      ['"v1"', null],
    ]);
    // The very same object: a page that painted with it renders nothing again.
    expect(second.program).toBe(first.program);
    expect(second.customer).toEqual(customer);
    // getProgram too resolves with it while the API sends its ETag.
    server.use(
      http.get('*/v1/program', () => HttpResponse.json(program, { headers: { ETag: '"v1"' } })),
    );
    expect(await backend.getProgram()).toBe(first.program);
  });

  it('an answer without the programme the client does not hold is invalid_response', async () => {
    server.use(
      http.get('*/v1/bootstrap', () => HttpResponse.json({ programEtag: '"v9"', customer: null })),
    );
    expect(await rejection(testBackend().backend.bootstrap())).toMatchObject({
      code: 'invalid_response',
    });
  });

  it('reads strictly: no customer key, or a programme without its core, fails the answer', async () => {
    const { id: _, ...withoutId } = program;
    const bodies = [
      { program, programEtag: '"v1"' },
      { program: withoutId, customer: null },
    ];
    for (const body of bodies) {
      server.use(http.get('*/v1/bootstrap', () => HttpResponse.json(body)));
      expect(await rejection(testBackend().backend.bootstrap())).toMatchObject({
        code: 'invalid_response',
      });
    }
  });

  it('refreshes an expired token once and repeats the request', async () => {
    const seen = bootstrapApi();
    const tokenProvider = vi.fn(async () => 'tok_fresh');
    const { backend } = testBackend({ customerToken: 'tok_old', tokenProvider });
    await expect(backend.bootstrap()).resolves.toEqual({ program, customer });
    expect(seen.map((s) => s.authorization)).toEqual(['Bearer tok_old', 'Bearer tok_fresh']);
  });

  it('over an API without it (404), loads programme and customer the old way, and stops asking', async () => {
    const paths: string[] = [];
    server.use(
      http.get('*/v1/bootstrap', () => {
        paths.push('/v1/bootstrap');
        return problem(404, 'not_found');
      }),
      http.get('*/v1/program', () => {
        paths.push('/v1/program');
        return HttpResponse.json(program);
      }),
      http.get('*/v1/me', () => {
        paths.push('/v1/me');
        return HttpResponse.json(customer);
      }),
    );
    const { backend } = testBackend({ customerToken: 'tok_1' });
    await expect(backend.bootstrap()).resolves.toEqual({ program, customer });
    await expect(backend.bootstrap()).resolves.toEqual({ program, customer });
    expect(paths.sort()).toEqual([
      '/v1/bootstrap',
      '/v1/me',
      '/v1/me',
      '/v1/program',
      '/v1/program',
    ]);
  });

  it('any other failure is the caller’s, without a fallback', async () => {
    const paths: string[] = [];
    server.use(
      http.get('*/v1/*', ({ request }) => {
        paths.push(new URL(request.url).pathname);
        return problem(503, 'http_error');
      }),
    );
    const { backend } = testBackend({ retry: { retries: 0 } });
    expect(await rejection(backend.bootstrap())).toMatchObject({ status: 503 });
    expect(paths).toEqual(['/v1/bootstrap']);
  });
});
