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
