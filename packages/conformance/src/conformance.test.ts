import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { signToken } from '@loyaltykit/gateway';
import { DEMO_AUDIENCE, DEMO_PUBLISHABLE_KEY, DEMO_SECRET } from '@loyaltykit/mock-backend';
import { type MockServer, startMockServer } from '@loyaltykit/mock-backend/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-main.ts';
import { requirements } from './requirements.ts';
import { type Result, runConformance } from './run.ts';

const PRISM = createRequire(import.meta.url).resolve('@stoplight/prism-cli');
const DOCUMENT = fileURLToPath(new URL('../../client/openapi.yaml', import.meta.url));

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const byStatus = (results: readonly Result[], status: Result['status']) =>
  results.filter((result) => result.status === status).map((result) => result.id);

describe('against the gateway with the engine connector', () => {
  let server: MockServer;
  let member: string;
  const token = () =>
    signToken(
      { sub: member, aud: DEMO_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 300 },
      DEMO_SECRET,
    );
  beforeAll(async () => {
    server = await startMockServer({ port: 0 });
    member = server.engine.personas.member;
  });
  afterAll(() => server.close());

  it('meets every requirement, MUST and SHOULD, and leaves the balance as it found it', async () => {
    const before = server.engine.customer(member)?.balance.available;
    const results = await runConformance({
      apiUrl: server.url,
      publishableKey: DEMO_PUBLISHABLE_KEY,
      token,
    });
    expect(results.filter((result) => result.status !== 'pass')).toEqual([]);
    expect(results.map((result) => result.id)).toEqual(requirements.map((r) => r.id));
    expect(server.engine.customer(member)?.balance.available).toBe(before);
  });

  /** The CLI, minting its tokens from the demo secret for `audience`: its exit code and what it printed. */
  async function cliMinting(audience: string) {
    const lines: string[] = [];
    const code = await runCli(
      [
        '--api-url',
        server.url,
        '--publishable-key',
        DEMO_PUBLISHABLE_KEY,
        '--token-secret',
        DEMO_SECRET,
        '--subject',
        member,
        '--audience',
        audience,
      ],
      { log: (text) => lines.push(text), error: (text) => lines.push(text) },
    );
    return { code, report: lines.join('\n') };
  }

  it('the CLI mints tokens from a secret, prints every result and exits 0', async () => {
    const { code, report } = await cliMinting(DEMO_AUDIENCE);
    expect(code).toBe(0);
    expect(report).toMatch(/^PASS MUST {3}SF-IDEM-CONCURRENT: /m);
    expect(report.trim().split('\n').at(-1)).toBe(`${requirements.length} passed, 0 failed`);
  });

  it('the CLI exits 1 when the token is for another audience, naming what failed', async () => {
    const { code, report } = await cliMinting('another-shop');
    expect(code).toBe(1);
    expect(report).toMatch(/^FAIL MUST {3}SF-ME-SCHEMA: GET \/v1\/me: expected 200, got 401/m);
  });

  it('the CLI refuses missing arguments with exit code 2 and its usage', async () => {
    const errors: string[] = [];
    const code = await runCli(['--api-url', server.url], {
      log: () => undefined,
      error: (text) => errors.push(text),
    });
    expect(code).toBe(2);
    expect(errors.join('\n')).toContain('--publishable-key is required.');
  });
});

describe('against a backend that declares it cannot cancel redemptions', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ port: 0, capabilities: { cancelRedemption: false } });
  });
  afterAll(() => server.close());

  it('skips SF-CANCEL-REFUNDS with the reason, and checks everything else', async () => {
    // Nothing the checks redeem can be refunded here, so the test member
    // needs points for every redemption: Sofia, the VIP, has them.
    const member = server.engine.personas.vip;
    const results = await runConformance({
      apiUrl: server.url,
      publishableKey: DEMO_PUBLISHABLE_KEY,
      token: () =>
        signToken(
          { sub: member, aud: DEMO_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 300 },
          DEMO_SECRET,
        ),
    });
    expect(results.filter((result) => result.status !== 'pass')).toEqual([
      {
        id: 'SF-CANCEL-REFUNDS',
        level: 'MUST',
        status: 'skip',
        reason: 'the programme declares capabilities.cancelRedemption: false',
      },
    ]);
  });
});

describe('against backends whose /v1/bootstrap is missing or wrong', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ port: 0 });
  });
  afterAll(() => server.close());
  const member = () => server.engine.personas.member;
  const token = () =>
    signToken(
      { sub: member(), aud: DEMO_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 300 },
      DEMO_SECRET,
    );
  /** The mock server, with `GET /v1/bootstrap` answered by `answer` instead (preflights pass). */
  const bootstrapAnswering =
    (answer: (request: Request) => Promise<Response>): typeof fetch =>
    async (input, init) => {
      const request = new Request(input, init);
      return request.method === 'GET' && new URL(request.url).pathname === '/v1/bootstrap'
        ? answer(request)
        : fetch(request);
    };
  const bootstrapResults = async (answer: (request: Request) => Promise<Response>) =>
    (
      await runConformance({
        apiUrl: server.url,
        publishableKey: DEMO_PUBLISHABLE_KEY,
        token,
        fetch: bootstrapAnswering(answer),
      })
    ).filter((result) => result.id.startsWith('SF-BOOTSTRAP'));

  it('an API before 1.2.0 (404) fails only the SHOULD, and its other bootstrap checks skip', async () => {
    const results = await bootstrapResults(async () =>
      Response.json({ code: 'not_found' }, { status: 404 }),
    );
    expect(results.map((r) => `${r.status} ${r.level} ${r.id}`)).toEqual([
      'fail SHOULD SF-BOOTSTRAP',
      'skip MUST SF-BOOTSTRAP-SCHEMA',
      'skip MUST SF-BOOTSTRAP-GUEST',
      'skip MUST SF-BOOTSTRAP-BAD-TOKEN',
      'skip MUST SF-BOOTSTRAP-ETAG',
      'skip SHOULD SF-BOOTSTRAP-HELD',
      'skip MUST SF-BOOTSTRAP-CORS',
      'skip SHOULD SF-BOOTSTRAP-PREFLIGHT-ONCE',
    ]);
  });

  it('one that trusts any token, caches, and always resends the programme fails for each reason', async () => {
    const results = await bootstrapResults(async (request) => {
      const upstream = await fetch(`${server.url}/v1/bootstrap`, {
        headers: { 'X-Publishable-Key': request.headers.get('X-Publishable-Key') ?? '' },
      });
      const body = await upstream.json();
      const signedIn = request.headers.has('Authorization');
      return Response.json(
        {
          ...body,
          programEtag: '"some-other-tag"',
          customer: signedIn ? server.engine.customer(member()) : null,
        },
        { headers: { 'Cache-Control': 'public, max-age=60' } },
      );
    });
    expect(
      Object.fromEntries(results.filter((r) => r.status !== 'pass').map((r) => [r.id, r.reason])),
    ).toEqual({
      'SF-BOOTSTRAP-SCHEMA': expect.stringContaining('expected Cache-Control: private, no-store'),
      'SF-BOOTSTRAP-BAD-TOKEN': expect.stringContaining('got 200'),
      'SF-BOOTSTRAP-ETAG': expect.stringContaining('programEtag is "\\"some-other-tag\\""'),
      'SF-BOOTSTRAP-HELD': 'the programme was sent again',
    });
  });
});

describe("against Prism's static mock of openapi.yaml (right shapes, no behaviour)", () => {
  let prism: ChildProcess;
  let url: string;
  beforeAll(async () => {
    const port = await freePort();
    // One process: Prism's cluster mode fails to start now and then.
    prism = spawn(
      process.execPath,
      [PRISM, 'mock', DOCUMENT, '-h', '127.0.0.1', '-p', String(port), '-m', 'false'],
      { stdio: 'ignore' },
    );
    url = `http://127.0.0.1:${port}`;
    for (let attempt = 0; ; attempt++) {
      const up = await fetch(`${url}/v1/program`).then(
        () => true,
        () => false,
      );
      if (up) break;
      if (attempt > 300 || prism.exitCode !== null) throw new Error('Prism did not start');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 60_000);
  afterAll(async () => {
    if (prism.exitCode === null) {
      prism.kill();
      await once(prism, 'exit');
    }
  });

  it('fails exactly the requirements a static mock cannot meet, for the right reasons', async () => {
    const results = await runConformance({
      apiUrl: url,
      publishableKey: 'pk_anything',
      // Prism checks only that a bearer token is present.
      token: async () => 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjdXNfbWF5YSJ9.c2lnbmF0dXJl',
    });
    expect(byStatus(results, 'skip')).toEqual([]);
    // The examples are valid and its headers and CORS answers are generous (every answer names
    // the example's language, as a backend with that one language would).
    expect(byStatus(results, 'pass')).toEqual([
      'SF-PROGRAM-SCHEMA',
      'SF-PROGRAM-ETAG',
      'SF-PROGRAM-LANGUAGE',
      'SF-ME-SCHEMA',
      'SF-ME-NO-STORE',
      'SF-AUTH-NO-KEY',
      // Its first bootstrap example is a member's, without the programme, under the ETag example.
      'SF-BOOTSTRAP',
      'SF-BOOTSTRAP-ETAG',
      'SF-BOOTSTRAP-HELD',
      'SF-BOOTSTRAP-CORS',
      'SF-CORS-PREFLIGHT',
      'SF-CORS-EXPOSE',
    ]);
    const reasons = Object.fromEntries(
      results.filter((r) => r.status === 'fail').map((r) => [r.id, r.reason]),
    );
    expect(reasons).toEqual({
      'SF-PROGRAM-NOT-MODIFIED': expect.stringContaining('expected 304, got 200'),
      'SF-AUTH-UNKNOWN-KEY': expect.stringContaining('got 200'),
      // It answers with the document's first 401 example.
      'SF-AUTH-NO-TOKEN': expect.stringContaining('code token_expired'),
      'SF-AUTH-BAD-TOKEN': expect.stringContaining('got 200'),
      'SF-BOOTSTRAP-SCHEMA': expect.stringContaining('without X-Program-ETag left out program'),
      'SF-BOOTSTRAP-GUEST': expect.stringContaining('the guest answer has no program'),
      'SF-BOOTSTRAP-BAD-TOKEN': expect.stringContaining('got 200'),
      // It allows what a preflight asks for, no more: Chromium preflights the next page view again.
      'SF-BOOTSTRAP-PREFLIGHT-ONCE': expect.stringContaining(
        'a later page view is preflighted again',
      ),
      // Its own request validation is a 422 with an example body.
      'SF-IDEM-KEY-REQUIRED': expect.stringContaining('got 422'),
      // Its example response carries the example Idempotent-Replayed: true header.
      'SF-REDEEM-SPENDS': expect.stringContaining(
        'first request is answered with Idempotent-Replayed',
      ),
      'SF-IDEM-REPLAY': expect.stringContaining(
        'first request is already marked Idempotent-Replayed',
      ),
      'SF-IDEM-KEY-REUSED': expect.stringContaining(
        'expected 422 application/problem+json code idempotency_key_reused, got 201',
      ),
      // Every duplicate gets the same example redemption, but the balance never moves.
      'SF-IDEM-CONCURRENT': expect.stringMatching(
        /GET \/v1\/me shows 1250 points, expected 1250 − 500 = 750/,
      ),
      'SF-CANCEL-REFUNDS': expect.stringMatching(
        /before cancelling: GET \/v1\/me shows 1250 points/,
      ),
      'SF-METHOD-405': expect.stringContaining('Allow is ""'),
      'SF-NOT-FOUND': expect.stringMatching(/404 application\/problem\+json$/),
      'SF-CORS-MAX-AGE': expect.stringContaining('Access-Control-Max-Age is absent'),
    });
  }, 60_000);
});
