import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { program } from './testing/fixtures.ts';
import { rejection, testBackend, useServer } from './testing/server.ts';

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

describe('ETag revalidation of the programme', () => {
  it('sends If-None-Match and reuses the validated body on 304; a new version replaces it', async () => {
    let version = 'v1';
    const conditional: (string | null)[] = [];
    server.use(
      http.get('*/v1/program', ({ request }) => {
        const ifNoneMatch = request.headers.get('If-None-Match');
        conditional.push(ifNoneMatch);
        const etag = `"${version}"`;
        if (ifNoneMatch === etag)
          return new HttpResponse(null, { status: 304, headers: { ETag: etag } });
        return HttpResponse.json(
          { ...program, name: `Rewards ${version}` },
          { headers: { ETag: etag, 'Cache-Control': 'no-cache' } },
        );
      }),
    );
    const { backend } = testBackend();
    expect((await backend.getProgram()).name).toBe('Rewards v1');
    expect((await backend.getProgram()).name).toBe('Rewards v1');
    version = 'v2';
    expect((await backend.getProgram()).name).toBe('Rewards v2');
    expect((await backend.getProgram()).name).toBe('Rewards v2');
    expect(conditional).toEqual([null, '"v1"', '"v1"', '"v2"']);
  });

  it('a 304 the client never asked for is invalid_response', async () => {
    server.use(http.get('*/v1/program', () => new HttpResponse(null, { status: 304 })));
    expect((await rejection(testBackend().backend.getProgram())).code).toBe('invalid_response');
  });
});

/** Web Storage over a Map, as sessionStorage behaves in one tab. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

/** A programme API with ETag `"v1"`: every request it sees, and 304 for a matching If-None-Match. */
function versionedProgram() {
  const seen: (string | null)[] = [];
  server.use(
    http.get('*/v1/program', ({ request }) => {
      const ifNoneMatch = request.headers.get('If-None-Match');
      seen.push(ifNoneMatch);
      if (ifNoneMatch === '"v1"') return new HttpResponse(null, { status: 304 });
      return HttpResponse.json(program, { headers: { ETag: '"v1"' } });
    }),
  );
  return seen;
}

describe('the programme across page views (storage)', () => {
  it('the next page view has it at once, and only revalidates it: 304, no body', async () => {
    const storage = memoryStorage();
    const seen = versionedProgram();
    const firstView = testBackend({ storage }).backend;
    expect(firstView.cachedProgram()).toBeUndefined();
    await firstView.getProgram();

    const nextView = testBackend({ storage }).backend;
    const painted = nextView.cachedProgram();
    expect(painted).toEqual(program);
    expect(seen).toEqual([null]);
    expect(await nextView.getProgram()).toBe(painted);
    expect(seen).toEqual([null, '"v1"']);
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
      const seen = versionedProgram();
      const { backend } = testBackend({ storage });
      expect(backend.cachedProgram(), stored).toBeUndefined();
      expect(await backend.getProgram()).toEqual(program);
      expect(seen, stored).toEqual([null]);
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
    const seen = versionedProgram();
    const { backend } = testBackend({ storage: refusing });
    expect(backend.cachedProgram()).toBeUndefined();
    await backend.getProgram();
    expect(backend.cachedProgram()).toEqual(program);
    await backend.getProgram();
    expect(seen).toEqual([null, '"v1"']);
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

  it('bootstrap on the next page view sends the stored ETag and is answered without the programme', async () => {
    const storage = memoryStorage();
    versionedProgram();
    await testBackend({ storage }).backend.getProgram();
    const sent: (string | null)[] = [];
    server.use(
      http.get('*/v1/bootstrap', ({ request }) => {
        sent.push(request.headers.get('If-None-Match'));
        return HttpResponse.json({ programEtag: '"v1"', customer: null });
      }),
    );
    const { backend } = testBackend({ storage });
    const painted = backend.cachedProgram();
    const { program: loaded } = await backend.bootstrap();
    expect(loaded).toBe(painted);
    expect(sent).toEqual(['"v1"']);
  });
});
