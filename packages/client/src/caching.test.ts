import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { program } from './testing/fixtures.ts';
import { memoryStorage, problem, rejection, testBackend, useServer } from './testing/server.ts';

const server = useServer();

/** A promise and the function that resolves it (Node 20 has no Promise.withResolvers). */
function signalled() {
  let fire = () => {};
  const promise = new Promise<void>((resolve) => {
    fire = resolve;
  });
  return { promise, fire };
}

describe('single-flight GETs', () => {
  it('identical concurrent GETs share one request', async () => {
    let requests = 0;
    server.use(
      http.get('*/v1/program', async () => {
        requests++;
        await delay(5);
        return HttpResponse.json(program);
      }),
    );
    const { backend } = testBackend();
    const results = await Promise.all([
      backend.getProgram(),
      backend.getProgram(),
      backend.getProgram(),
    ]);
    expect(results).toEqual([program, program, program]);
    expect(requests).toBe(1);
    // Once it has landed, the next call asks again.
    await backend.getProgram();
    expect(requests).toBe(2);
  });

  it('one caller aborting does not fail the others; the last one aborting stops the request', async () => {
    let aborted = 0;
    let started = signalled();
    server.use(
      http.get('*/v1/program', async ({ request }) => {
        request.signal.addEventListener('abort', () => aborted++);
        started.fire();
        await delay(30);
        return HttpResponse.json(program);
      }),
    );
    const { backend } = testBackend();
    const first = new AbortController();
    const leaving = backend.getProgram({ signal: first.signal });
    const staying = backend.getProgram();
    await started.promise;
    first.abort();
    expect((await rejection(leaving)).code).toBe('network_error');
    await expect(staying).resolves.toEqual(program);
    expect(aborted).toBe(0);

    started = signalled();
    const a = new AbortController();
    const b = new AbortController();
    const both = [
      backend.getProgram({ signal: a.signal }),
      backend.getProgram({ signal: b.signal }),
    ];
    await started.promise;
    a.abort();
    expect(aborted).toBe(0);
    b.abort();
    for (const call of both) expect((await rejection(call)).code).toBe('network_error');
    expect(aborted).toBe(1);
  });
});

describe('the programme and its ETag', () => {
  it('is asked for without If-None-Match; an answer with the held ETag resolves with the held object, a new version replaces it', async () => {
    let version = 'v1';
    const conditional: (string | null)[] = [];
    server.use(
      http.get('*/v1/program', ({ request }) => {
        conditional.push(request.headers.get('If-None-Match'));
        return HttpResponse.json(
          { ...program, name: `Rewards ${version}` },
          { headers: { ETag: `"${version}"`, 'Cache-Control': 'public, max-age=60' } },
        );
      }),
    );
    const { backend } = testBackend();
    const first = await backend.getProgram();
    expect(first.name).toBe('Rewards v1');
    expect(await backend.getProgram()).toBe(first);
    version = 'v2';
    const second = await backend.getProgram();
    expect(second.name).toBe('Rewards v2');
    expect(await backend.getProgram()).toBe(second);
    // In a browser a script-set If-None-Match turns the HTTP cache off for the request and
    // costs a CORS preflight on every page view; the HTTP cache revalidates by itself.
    expect(conditional).toEqual([null, null, null, null]);
  });

  it('a 304 the client never asked for is invalid_response', async () => {
    server.use(http.get('*/v1/program', () => new HttpResponse(null, { status: 304 })));
    expect((await rejection(testBackend().backend.getProgram())).code).toBe('invalid_response');
  });
});

/** A programme API with ETag `"v1"`: the paths it is asked for. */
function versionedProgram() {
  const seen: string[] = [];
  server.use(
    http.get('*/v1/program', () => {
      seen.push('/v1/program');
      return HttpResponse.json(program, { headers: { ETag: '"v1"' } });
    }),
  );
  return seen;
}

/**
 * A Storefront API 1.2 bootstrap with programme `"v1"`: left out when
 * X-Program-ETag names it. Records the X-Program-ETag of each request.
 */
function bootstrapApi() {
  const sent: (string | null)[] = [];
  server.use(
    http.get('*/v1/bootstrap', ({ request }) => {
      const held = request.headers.get('X-Program-ETag');
      sent.push(held);
      return HttpResponse.json({
        ...(held !== '"v1"' && { program }),
        programEtag: '"v1"',
        customer: null,
      });
    }),
  );
  return sent;
}

describe('the programme across page views (storage)', () => {
  it('the next page view has it at once, and getProgram resolves with that very object', async () => {
    const storage = memoryStorage();
    const seen = versionedProgram();
    const firstView = testBackend({ storage }).backend;
    expect(firstView.cachedProgram()).toBeUndefined();
    await firstView.getProgram();

    const nextView = testBackend({ storage }).backend;
    const painted = nextView.cachedProgram();
    expect(painted).toEqual(program);
    expect(seen).toHaveLength(1);
    expect(await nextView.getProgram()).toBe(painted);
  });

  it('is kept per API, publishable key and locale: another programme never shows', async () => {
    const storage = memoryStorage();
    versionedProgram();
    await testBackend({ storage }).backend.getProgram();
    expect(testBackend({ storage, publishableKey: 'pk_other' }).backend.cachedProgram()).toBe(
      undefined,
    );
    expect(
      testBackend({ storage, apiUrl: 'https://other.test' }).backend.cachedProgram(),
    ).toBeUndefined();
    expect(testBackend({ storage }).backend.cachedProgram()).toEqual(program);
  });

  it('ignores storage that holds garbage or a programme this client cannot read', async () => {
    // The entry a real page view wrote, so each case below is read under this backend's own key.
    const written = memoryStorage();
    versionedProgram();
    await testBackend({ storage: written }).backend.getProgram();
    const [key, etag] = JSON.parse(written.items.get('loyaltykit:program') ?? '') as string[];
    const { id: _, ...withoutId } = program;
    for (const stored of [
      'not json',
      '{"a":1}',
      'null',
      JSON.stringify(['another key', etag, program]),
      JSON.stringify([key, 7, program]),
      JSON.stringify([key, etag, withoutId]),
    ]) {
      const storage = memoryStorage();
      storage.items.set('loyaltykit:program', stored);
      versionedProgram();
      const { backend } = testBackend({ storage });
      expect(backend.cachedProgram(), stored).toBeUndefined();
      expect(await backend.getProgram()).toEqual(program);
    }
  });

  it('works on, in memory, when storage throws (disabled, full, sandboxed)', async () => {
    const refusing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    versionedProgram();
    const { backend } = testBackend({ storage: refusing });
    expect(backend.cachedProgram()).toBeUndefined();
    const loaded = await backend.getProgram();
    expect(backend.cachedProgram()).toBe(loaded);
    expect(await backend.getProgram()).toBe(loaded);
  });

  it('keeps one programme, the last one sent, and never writes one too large', async () => {
    const storage = memoryStorage();
    versionedProgram();
    await testBackend({ storage, publishableKey: 'pk_1' }).backend.getProgram();
    await testBackend({ storage, publishableKey: 'pk_2' }).backend.getProgram();
    expect(
      testBackend({ storage, publishableKey: 'pk_1' }).backend.cachedProgram(),
    ).toBeUndefined();
    expect(testBackend({ storage, publishableKey: 'pk_2' }).backend.cachedProgram()).toEqual(
      program,
    );
    const kept = storage.items.get('loyaltykit:program');

    const huge = { ...program, name: 'x'.repeat(300_000) };
    server.use(
      http.get('*/v1/program', () => HttpResponse.json(huge, { headers: { ETag: '"big"' } })),
    );
    const { backend } = testBackend({ storage, publishableKey: 'pk_big' });
    await backend.getProgram();
    // Kept for this page, not written: storage holds what it held.
    expect(backend.cachedProgram()?.name).toHaveLength(300_000);
    expect(storage.items.get('loyaltykit:program')).toBe(kept);
  });

  it('bootstrap on the next page view names the stored ETag in X-Program-ETag and is answered without the programme', async () => {
    const storage = memoryStorage();
    const sent = bootstrapApi();
    await testBackend({ storage }).backend.bootstrap();
    const { backend } = testBackend({ storage });
    const painted = backend.cachedProgram();
    expect(painted).toEqual(program);
    const { program: loaded } = await backend.bootstrap();
    expect(loaded).toBe(painted);
    expect(sent).toEqual([null, '"v1"']);
  });

  it('names a programme GET /v1/program brought only once a bootstrap answer has its ETag', async () => {
    const storage = memoryStorage();
    versionedProgram();
    await testBackend({ storage }).backend.getProgram();
    const sent = bootstrapApi();
    // The API may predate bootstrap, and its preflight would refuse X-Program-ETag.
    const second = testBackend({ storage }).backend;
    const painted = second.cachedProgram();
    expect((await second.bootstrap()).program).toBe(painted);
    const third = testBackend({ storage }).backend;
    await third.bootstrap();
    expect(sent).toEqual([null, '"v1"']);
  });

  it('over an API without bootstrap, the next page view still falls back: no header its preflight refuses', async () => {
    const storage = memoryStorage();
    const paths = versionedProgram();
    // A Storefront API 1.0 behind CORS: a header outside its allow-list fails the preflight,
    // which fetch reports as a network error.
    const allowed = [
      'accept',
      'authorization',
      'content-type',
      'if-none-match',
      'x-publishable-key',
    ];
    server.use(
      http.get('*/v1/bootstrap', ({ request }) => {
        paths.push('/v1/bootstrap');
        return [...request.headers.keys()].every((name) => allowed.includes(name))
          ? problem(404, 'not_found')
          : HttpResponse.error();
      }),
    );
    await testBackend({ storage }).backend.bootstrap();
    const { backend } = testBackend({ storage, retry: { retries: 0 } });
    const painted = backend.cachedProgram();
    expect(painted).toEqual(program);
    await expect(backend.bootstrap()).resolves.toEqual({ program: painted, customer: null });
    expect(paths).toEqual(['/v1/bootstrap', '/v1/program', '/v1/bootstrap', '/v1/program']);
  });
});
