import { isDeepStrictEqual } from 'node:util';
import { type OperationId, responseMismatches } from '@loyaltykit/client';

/** How binding a requirement is: a MUST failure means the widgets will break. */
export type Level = 'MUST' | 'SHOULD';

/** What every check is given: the backend under test and a test member who has points. */
export interface ConformanceContext {
  /** Base URL of the Storefront API, without `/v1`: `https://loyalty.example.com`. */
  apiUrl: string;
  publishableKey: string;
  /** A valid customer token for a test member with enough points for the cheapest reward. */
  token(): Promise<string>;
  fetch: typeof fetch;
}

/** One rule of openapi.yaml that a backend can be checked against from outside. */
export interface Requirement {
  /** Stable across releases: `SF-PROGRAM-ETAG`. */
  id: string;
  level: Level;
  /** One line: what the backend must (or should) do. */
  statement: string;
  /**
   * Resolves (optionally with a note) when the backend meets the requirement,
   * throws {@link Skip} when it cannot be checked, any other error when it fails.
   */
  check(context: ConformanceContext): Promise<string | undefined>;
}

/** Thrown by a check that cannot run against this backend (say, no affordable reward). */
export class Skip extends Error {
  override readonly name = 'Skip';
}

/** A requirement not met; the message says what the backend did instead. */
class Unmet extends Error {
  override readonly name = 'Unmet';
}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Unmet(message);
}

interface Reply {
  status: number;
  headers: Headers;
  body: unknown;
}

interface CallOptions {
  /** `member`: the test member's token; a string: that Authorization header; default none. */
  auth?: 'member' | string;
  headers?: Record<string, string>;
  body?: unknown;
  /** Default the context's publishable key; `null` sends none. */
  publishableKey?: string | null;
}

async function call(
  context: ConformanceContext,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<Reply> {
  const headers = new Headers(options.headers);
  const key =
    options.publishableKey === undefined ? context.publishableKey : options.publishableKey;
  if (key !== null) headers.set('X-Publishable-Key', key);
  if (options.auth === 'member') headers.set('Authorization', `Bearer ${await context.token()}`);
  else if (options.auth) headers.set('Authorization', options.auth);
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  const response = await context.fetch(`${context.apiUrl.replace(/\/+$/, '')}${path}`, {
    method,
    headers,
    ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON: kept as text, so a failure can quote it.
  }
  return { status: response.status, headers: response.headers, body };
}

const describe = (reply: Reply) =>
  `${reply.status} ${reply.headers.get('Content-Type') ?? 'without Content-Type'}${
    isRecord(reply.body) && typeof reply.body.code === 'string' ? ` code ${reply.body.code}` : ''
  }`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function expectStatus(reply: Reply, status: number, what: string): void {
  expect(reply.status === status, `${what}: expected ${status}, got ${describe(reply)}`);
}

/** An RFC 9457 problem document with the document's stable `code`. */
function expectProblem(reply: Reply, status: number, code: string, what: string): void {
  const type = reply.headers.get('Content-Type') ?? '';
  const ok =
    reply.status === status &&
    type.startsWith('application/problem+json') &&
    isRecord(reply.body) &&
    reply.body.code === code;
  expect(
    ok,
    `${what}: expected ${status} application/problem+json code ${code}, got ${describe(reply)}`,
  );
}

function expectSchema(operation: OperationId, reply: Reply, what: string): void {
  const mismatches = responseMismatches(operation, reply.body);
  expect(
    mismatches.length === 0,
    `${what} does not match the document: ${mismatches.slice(0, 3).join('; ')}${
      mismatches.length > 3 ? ` (and ${mismatches.length - 3} more)` : ''
    }`,
  );
}

/** `private` and `no-store`, in any order. */
function expectNoStore(reply: Reply, what: string): void {
  const directives = (reply.headers.get('Cache-Control') ?? '')
    .toLowerCase()
    .split(',')
    .map((directive) => directive.trim());
  expect(
    directives.includes('private') && directives.includes('no-store'),
    `${what}: expected Cache-Control: private, no-store, got ${reply.headers.get('Cache-Control') ?? 'none'}`,
  );
}

async function available(context: ConformanceContext): Promise<number> {
  const me = await call(context, 'GET', '/v1/me', { auth: 'member' });
  expectStatus(me, 200, 'GET /v1/me');
  expectSchema('getCustomer', me, 'GET /v1/me');
  return (me.body as { balance: { available: number } }).balance.available;
}

interface Affordable {
  rewardId: string;
  price: number;
  /** The member's available points before the check acted. */
  before: number;
}

/**
 * The cheapest fixed-price reward the member can afford without conditions
 * (no tier, no minimum order): spending it and cancelling is the smallest
 * side effect that exercises a redemption.
 */
async function cheapestReward(context: ConformanceContext): Promise<Affordable> {
  const program = await call(context, 'GET', '/v1/program');
  expectStatus(program, 200, 'GET /v1/program');
  const before = await available(context);
  const rewards =
    isRecord(program.body) && Array.isArray(program.body.rewards) ? program.body.rewards : [];
  const candidates = rewards
    .filter(isRecord)
    .filter(
      (reward) =>
        typeof reward.id === 'string' &&
        Number.isSafeInteger(reward.pointsPrice) &&
        (reward.pointsPrice as number) <= before &&
        reward.kind !== 'variable' &&
        reward.tierIds === undefined &&
        reward.minimumOrder === undefined,
    )
    .sort((a, b) => (a.pointsPrice as number) - (b.pointsPrice as number));
  const cheapest = candidates[0];
  if (!cheapest) {
    throw new Skip(
      `the test member has ${before} points and no unconditional fixed-price reward costs that little`,
    );
  }
  return { rewardId: cheapest.id as string, price: cheapest.pointsPrice as number, before };
}

/**
 * Skips the check of an optional part of the contract the backend's
 * programme declares it cannot do (`capabilities.<name>: false`); only an
 * explicit `false` counts, as in the widgets.
 */
async function requireCapability(context: ConformanceContext, name: string): Promise<void> {
  const program = await call(context, 'GET', '/v1/program');
  const capabilities = isRecord(program.body) ? program.body.capabilities : undefined;
  if (isRecord(capabilities) && capabilities[name] === false)
    throw new Skip(`the programme declares capabilities.${name}: false`);
}

/**
 * `GET /v1/bootstrap`, for the checks of an API that has it: one without it
 * (before 1.2.0) still works, in two requests (see SF-BOOTSTRAP).
 */
async function bootstrap(context: ConformanceContext, options: CallOptions = {}): Promise<Reply> {
  const reply = await call(context, 'GET', '/v1/bootstrap', options);
  if (reply.status === 404) throw new Skip('no GET /v1/bootstrap (see SF-BOOTSTRAP)');
  return reply;
}

/** A forged copy of the test member's token: the same claims under another signature. */
async function forgedToken(context: ConformanceContext): Promise<string> {
  const [header, payload, signature = ''] = (await context.token()).split('.');
  return `${header}.${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
}

const redeem = (context: ConformanceContext, key: string, body: unknown) =>
  call(context, 'POST', '/v1/me/redemptions', {
    auth: 'member',
    headers: { 'Idempotency-Key': key },
    body,
  });

const redemptionId = (reply: Reply): string | undefined => {
  const redemption = isRecord(reply.body) ? reply.body.redemption : undefined;
  return isRecord(redemption) && typeof redemption.id === 'string' ? redemption.id : undefined;
};

const cancel = (context: ConformanceContext, id: string) =>
  call(context, 'DELETE', `/v1/me/redemptions/${encodeURIComponent(id)}`, { auth: 'member' });

/** Runs `act` with the redemptions it creates cancelled afterwards, so checks leave the balance as they found it. */
async function cleaningUp<T>(
  context: ConformanceContext,
  act: (created: Set<string>) => Promise<T>,
): Promise<T> {
  const created = new Set<string>();
  try {
    return await act(created);
  } finally {
    for (const id of created) await cancel(context, id).catch(() => undefined);
  }
}

async function expectSpentOnce(context: ConformanceContext, reward: Affordable, what: string) {
  const after = await available(context);
  expect(
    after === reward.before - reward.price,
    `${what}: GET /v1/me shows ${after} points, expected ${reward.before} − ${reward.price} = ${
      reward.before - reward.price
    } (spent exactly once)`,
  );
}

const replayed = (reply: Reply) =>
  reply.headers.get('Idempotent-Replayed')?.toLowerCase() === 'true';

/** A reward id no backend has, so a request that is wrongly accepted still redeems nothing. */
const NO_SUCH_REWARD = 'conformance-no-such-reward';

/** How many duplicates the concurrency check sends at once. */
const CONCURRENT = 8;

const CORS_ORIGIN = 'https://conformance.loyaltykit.example';

/** Every requirement, in the order they run. */
export const requirements: readonly Requirement[] = [
  {
    id: 'SF-PROGRAM-SCHEMA',
    level: 'MUST',
    statement: 'GET /v1/program answers 200 with a Program as openapi.yaml describes it.',
    async check(context) {
      const reply = await call(context, 'GET', '/v1/program');
      expectStatus(reply, 200, 'GET /v1/program');
      expectSchema('getProgram', reply, 'GET /v1/program');
      return undefined;
    },
  },
  {
    id: 'SF-PROGRAM-ETAG',
    level: 'MUST',
    statement: 'GET /v1/program sends an ETag and a Cache-Control header.',
    async check(context) {
      const reply = await call(context, 'GET', '/v1/program');
      expectStatus(reply, 200, 'GET /v1/program');
      expect(reply.headers.get('ETag'), 'GET /v1/program has no ETag');
      expect(reply.headers.get('Cache-Control'), 'GET /v1/program has no Cache-Control');
      return `ETag ${reply.headers.get('ETag')}, Cache-Control ${reply.headers.get('Cache-Control')}`;
    },
  },
  {
    id: 'SF-PROGRAM-NOT-MODIFIED',
    level: 'MUST',
    statement: 'GET /v1/program with If-None-Match of the current ETag answers 304 without a body.',
    async check(context) {
      const first = await call(context, 'GET', '/v1/program');
      const etag = first.headers.get('ETag');
      if (!etag) throw new Skip('no ETag to revalidate (see SF-PROGRAM-ETAG)');
      const reply = await call(context, 'GET', '/v1/program', {
        headers: { 'If-None-Match': etag },
      });
      expectStatus(reply, 304, `If-None-Match: ${etag}`);
      expect(reply.body === undefined, 'the 304 has a body');
      return undefined;
    },
  },
  {
    id: 'SF-PROGRAM-LANGUAGE',
    level: 'SHOULD',
    statement:
      'A programme in several languages answers Accept-Language with the closest it has (its own when none matches), names it in Content-Language and varies on Accept-Language.',
    async check(context) {
      const own = await call(context, 'GET', '/v1/program');
      const language = own.headers.get('Content-Language');
      if (!language) throw new Skip('no Content-Language: a programme in one language');
      const vary = (own.headers.get('Vary') ?? '').toLowerCase();
      expect(
        vary.includes('accept-language') || vary.includes('*'),
        `Vary is "${own.headers.get('Vary') ?? ''}", expected Accept-Language in it`,
      );
      const same = await call(context, 'GET', '/v1/program', {
        headers: { 'Accept-Language': language },
      });
      expectStatus(same, 200, `Accept-Language: ${language}`);
      expect(
        same.headers.get('Content-Language') === language,
        `Accept-Language: ${language} was answered in ${same.headers.get('Content-Language') ?? 'no named language'}`,
      );
      const unknown = await call(context, 'GET', '/v1/program', {
        headers: { 'Accept-Language': 'x-none' },
      });
      expectStatus(unknown, 200, 'Accept-Language: x-none');
      expect(
        unknown.headers.get('Content-Language') === language,
        `a language it lacks was answered in ${unknown.headers.get('Content-Language') ?? 'no named language'}, not its own (${language})`,
      );
      return `Content-Language ${language}`;
    },
  },
  {
    id: 'SF-ME-SCHEMA',
    level: 'MUST',
    statement:
      "GET /v1/me answers 200 with the test member's Customer as openapi.yaml describes it.",
    async check(context) {
      const reply = await call(context, 'GET', '/v1/me', { auth: 'member' });
      expectStatus(reply, 200, 'GET /v1/me');
      expectSchema('getCustomer', reply, 'GET /v1/me');
      return undefined;
    },
  },
  {
    id: 'SF-ME-NO-STORE',
    level: 'MUST',
    statement: 'GET /v1/me sends Cache-Control: private, no-store.',
    async check(context) {
      expectNoStore(await call(context, 'GET', '/v1/me', { auth: 'member' }), 'GET /v1/me');
      return undefined;
    },
  },
  {
    id: 'SF-AUTH-NO-KEY',
    level: 'MUST',
    statement: 'A request without X-Publishable-Key is 401 problem+json, code unauthorized.',
    async check(context) {
      const reply = await call(context, 'GET', '/v1/program', { publishableKey: null });
      expectProblem(reply, 401, 'unauthorized', 'GET /v1/program without a publishable key');
      return undefined;
    },
  },
  {
    id: 'SF-AUTH-UNKNOWN-KEY',
    level: 'MUST',
    statement:
      'A request with a publishable key the backend does not know is 401, code unauthorized.',
    async check(context) {
      const reply = await call(context, 'GET', '/v1/program', {
        publishableKey: `pk_conformance_unknown_${crypto.randomUUID()}`,
      });
      expectProblem(reply, 401, 'unauthorized', 'GET /v1/program with an unknown publishable key');
      return undefined;
    },
  },
  {
    id: 'SF-AUTH-NO-TOKEN',
    level: 'MUST',
    statement: 'GET /v1/me without a customer token is 401, code unauthorized (not token_expired).',
    async check(context) {
      const reply = await call(context, 'GET', '/v1/me');
      expectProblem(reply, 401, 'unauthorized', 'GET /v1/me without Authorization');
      return undefined;
    },
  },
  {
    id: 'SF-AUTH-BAD-TOKEN',
    level: 'MUST',
    statement: 'GET /v1/me with a forged token (signature altered) is 401, code unauthorized.',
    async check(context) {
      // Only a backend that verifies signatures refuses it.
      const forged = await forgedToken(context);
      const reply = await call(context, 'GET', '/v1/me', { auth: `Bearer ${forged}` });
      expectProblem(reply, 401, 'unauthorized', 'GET /v1/me with a forged token');
      return undefined;
    },
  },
  {
    id: 'SF-BOOTSTRAP',
    level: 'SHOULD',
    statement:
      'GET /v1/bootstrap is served, so a page view needs one request for programme and shopper, not two.',
    async check(context) {
      const reply = await call(context, 'GET', '/v1/bootstrap');
      expect(
        reply.status !== 404,
        'GET /v1/bootstrap is 404: the widgets fall back to GET /v1/program and GET /v1/me',
      );
      return undefined;
    },
  },
  {
    id: 'SF-BOOTSTRAP-SCHEMA',
    level: 'MUST',
    statement:
      "GET /v1/bootstrap with the member's token is 200 private, no-store, with the programme and that member.",
    async check(context) {
      const reply = await bootstrap(context, { auth: 'member' });
      expectStatus(reply, 200, 'GET /v1/bootstrap');
      expectSchema('bootstrap', reply, 'GET /v1/bootstrap');
      expectNoStore(reply, 'GET /v1/bootstrap');
      const body = reply.body as { program?: unknown; customer: { id: string } | null };
      expect(
        body.program !== undefined,
        'GET /v1/bootstrap without X-Program-ETag left out program',
      );
      const me = await call(context, 'GET', '/v1/me', { auth: 'member' });
      const id = isRecord(me.body) ? me.body.id : undefined;
      expect(
        body.customer?.id === id,
        `GET /v1/bootstrap has customer ${body.customer?.id ?? 'null'}, GET /v1/me has ${String(id)}`,
      );
      return undefined;
    },
  },
  {
    id: 'SF-BOOTSTRAP-GUEST',
    level: 'MUST',
    statement:
      'GET /v1/bootstrap without a customer token is 200 with the programme and customer null.',
    async check(context) {
      const reply = await bootstrap(context);
      expectStatus(reply, 200, 'GET /v1/bootstrap without Authorization');
      expectSchema('bootstrap', reply, 'GET /v1/bootstrap without Authorization');
      const body = reply.body as { program?: unknown; customer: unknown };
      expect(body.program !== undefined, 'the guest answer has no program');
      expect(body.customer === null, 'the guest answer has a customer, not null');
      return undefined;
    },
  },
  {
    id: 'SF-BOOTSTRAP-BAD-TOKEN',
    level: 'MUST',
    statement: 'GET /v1/bootstrap with a forged token is 401, code unauthorized, as GET /v1/me is.',
    async check(context) {
      const reply = await bootstrap(context, { auth: `Bearer ${await forgedToken(context)}` });
      expectProblem(reply, 401, 'unauthorized', 'GET /v1/bootstrap with a forged token');
      return undefined;
    },
  },
  {
    id: 'SF-BOOTSTRAP-ETAG',
    level: 'MUST',
    statement: "GET /v1/bootstrap's programEtag is the ETag GET /v1/program sends.",
    async check(context) {
      const reply = await bootstrap(context);
      expectStatus(reply, 200, 'GET /v1/bootstrap');
      const program = await call(context, 'GET', '/v1/program');
      const etag = program.headers.get('ETag');
      const programEtag = isRecord(reply.body) ? reply.body.programEtag : undefined;
      expect(
        programEtag === etag,
        `programEtag is ${JSON.stringify(programEtag)}, GET /v1/program's ETag ${etag ?? 'absent'}`,
      );
      return undefined;
    },
  },
  {
    id: 'SF-BOOTSTRAP-HELD',
    level: 'SHOULD',
    statement:
      'GET /v1/bootstrap with X-Program-ETag of the programEtag leaves the programme out, so a later page view does not download it again.',
    async check(context) {
      const first = await bootstrap(context, { auth: 'member' });
      const programEtag = isRecord(first.body) ? first.body.programEtag : undefined;
      if (typeof programEtag !== 'string') throw new Skip('no programEtag (see SF-BOOTSTRAP-ETAG)');
      const reply = await bootstrap(context, {
        auth: 'member',
        headers: { 'X-Program-ETag': programEtag },
      });
      expectStatus(reply, 200, `GET /v1/bootstrap with X-Program-ETag: ${programEtag}`);
      expectSchema('bootstrap', reply, `GET /v1/bootstrap with X-Program-ETag: ${programEtag}`);
      const body = reply.body as { program?: unknown; customer: unknown };
      expect(body.program === undefined, 'the programme was sent again');
      expect(body.customer !== null, 'the member was left out too');
      return `${JSON.stringify(first.body).length} → ${JSON.stringify(body).length} characters`;
    },
  },
  {
    id: 'SF-BOOTSTRAP-CORS',
    level: 'MUST',
    statement:
      "A preflight of GET /v1/bootstrap allows X-Program-ETag, or a later page view's bootstrap fails in browsers.",
    async check(context) {
      await bootstrap(context);
      const reply = await preflight(
        context,
        'authorization, x-program-etag, x-publishable-key',
        'GET',
        '/v1/bootstrap',
      );
      expect(reply.status >= 200 && reply.status < 300, `the preflight got ${describe(reply)}`);
      const missing = unallowed(reply, 'authorization, x-program-etag, x-publishable-key');
      expect(missing.length === 0, `Access-Control-Allow-Headers lacks ${missing.join(', ')}`);
      return undefined;
    },
  },
  {
    id: 'SF-BOOTSTRAP-PREFLIGHT-ONCE',
    level: 'SHOULD',
    statement:
      "The first page view's preflight of GET /v1/bootstrap, which does not ask for X-Program-ETag, allows it already, so later page views send no preflight.",
    async check(context) {
      await bootstrap(context);
      const reply = await preflight(
        context,
        'authorization, x-publishable-key',
        'GET',
        '/v1/bootstrap',
      );
      expect(
        unallowed(reply, 'x-program-etag').length === 0,
        `Access-Control-Allow-Headers is "${reply.headers.get('Access-Control-Allow-Headers') ?? ''}": a later page view is preflighted again`,
      );
      return undefined;
    },
  },
  {
    id: 'SF-IDEM-KEY-REQUIRED',
    level: 'MUST',
    statement: 'POST /v1/me/redemptions without Idempotency-Key is 400, code validation_failed.',
    async check(context) {
      const reply = await call(context, 'POST', '/v1/me/redemptions', {
        auth: 'member',
        body: { rewardId: NO_SUCH_REWARD },
      });
      expectProblem(reply, 400, 'validation_failed', 'a redemption without Idempotency-Key');
      return undefined;
    },
  },
  {
    id: 'SF-REDEEM-SPENDS',
    level: 'MUST',
    statement:
      'POST /v1/me/redemptions with a new key is 201 with a RedemptionResult, spending the price once.',
    async check(context) {
      const reward = await cheapestReward(context);
      return cleaningUp(context, async (created) => {
        const reply = await redeem(context, crypto.randomUUID(), { rewardId: reward.rewardId });
        const id = redemptionId(reply);
        if (id) created.add(id);
        expectStatus(reply, 201, `redeeming ${reward.rewardId}`);
        expectSchema('redeem', reply, `redeeming ${reward.rewardId}`);
        expectNoStore(reply, `redeeming ${reward.rewardId}`);
        expect(!replayed(reply), 'a first request is answered with Idempotent-Replayed: true');
        await expectSpentOnce(context, reward, `after redeeming ${reward.rewardId}`);
        return `redeemed ${reward.rewardId} (${reward.price} points) and cancelled it`;
      });
    },
  },
  {
    id: 'SF-IDEM-REPLAY',
    level: 'MUST',
    statement:
      'The same Idempotency-Key with the same body replays the first response with Idempotent-Replayed: true.',
    async check(context) {
      const reward = await cheapestReward(context);
      return cleaningUp(context, async (created) => {
        const key = crypto.randomUUID();
        const body = { rewardId: reward.rewardId };
        const first = await redeem(context, key, body);
        const id = redemptionId(first);
        if (id) created.add(id);
        expectStatus(first, 201, `redeeming ${reward.rewardId}`);
        expect(!replayed(first), 'the first request is already marked Idempotent-Replayed: true');
        const again = await redeem(context, key, body);
        expect(
          again.status === first.status && isDeepStrictEqual(again.body, first.body),
          `the retry got ${describe(again)} with another body, not the first response again`,
        );
        expect(replayed(again), 'the replay has no Idempotent-Replayed: true');
        await expectSpentOnce(context, reward, 'after a request and its replay');
        return undefined;
      });
    },
  },
  {
    id: 'SF-IDEM-KEY-REUSED',
    level: 'MUST',
    statement:
      'The same Idempotency-Key with another body is 422, code idempotency_key_reused, and acts on nothing.',
    async check(context) {
      const reward = await cheapestReward(context);
      return cleaningUp(context, async (created) => {
        const key = crypto.randomUUID();
        const first = await redeem(context, key, { rewardId: reward.rewardId });
        const id = redemptionId(first);
        if (id) created.add(id);
        expectStatus(first, 201, `redeeming ${reward.rewardId}`);
        const other = await redeem(context, key, { rewardId: NO_SUCH_REWARD });
        expectProblem(other, 422, 'idempotency_key_reused', 'the same key with another body');
        await expectSpentOnce(context, reward, 'after a key was reused');
        return undefined;
      });
    },
  },
  {
    id: 'SF-IDEM-CONCURRENT',
    level: 'MUST',
    statement: `${CONCURRENT} concurrent duplicates (one key, one body) make exactly one redemption; the others replay it or get 409 request_in_progress.`,
    async check(context) {
      const reward = await cheapestReward(context);
      return cleaningUp(context, async (created) => {
        const key = crypto.randomUUID();
        const body = { rewardId: reward.rewardId };
        const replies = await Promise.all(
          Array.from({ length: CONCURRENT }, () => redeem(context, key, body)),
        );
        for (const reply of replies) {
          const id = redemptionId(reply);
          if (id) created.add(id);
        }
        for (const reply of replies) {
          if (reply.status === 409) {
            expectProblem(reply, 409, 'request_in_progress', 'a duplicate in flight');
          } else expectStatus(reply, 201, 'a duplicate');
        }
        expect(created.size === 1, `${created.size} different redemptions for one key`);
        await expectSpentOnce(context, reward, `after ${CONCURRENT} concurrent duplicates`);
        const inFlight = replies.filter((reply) => reply.status === 409).length;
        return `${CONCURRENT - inFlight} answered 201, ${inFlight} answered 409`;
      });
    },
  },
  {
    id: 'SF-CANCEL-REFUNDS',
    level: 'MUST',
    statement:
      'DELETE /v1/me/redemptions/{id} cancels and refunds once; cancelling again returns the same 200 and refunds nothing.',
    async check(context) {
      await requireCapability(context, 'cancelRedemption');
      const reward = await cheapestReward(context);
      return cleaningUp(context, async (created) => {
        const issued = await redeem(context, crypto.randomUUID(), { rewardId: reward.rewardId });
        const id = redemptionId(issued);
        expectStatus(issued, 201, `redeeming ${reward.rewardId}`);
        expect(id, 'the redemption has no id');
        created.add(id);
        await expectSpentOnce(context, reward, 'before cancelling');
        for (const attempt of ['cancelling', 'cancelling again']) {
          const reply = await cancel(context, id);
          expectStatus(reply, 200, attempt);
          expectSchema('cancelRedemption', reply, attempt);
          const result = reply.body as { redemption: { id: string; status: string } };
          expect(
            result.redemption.id === id && result.redemption.status === 'cancelled',
            `${attempt}: redemption ${result.redemption.id} is ${result.redemption.status}, expected ${id} cancelled`,
          );
          const after = await available(context);
          expect(
            after === reward.before,
            `${attempt}: GET /v1/me shows ${after} points, expected the ${reward.before} from before`,
          );
        }
        return undefined;
      });
    },
  },
  {
    id: 'SF-METHOD-405',
    level: 'MUST',
    statement:
      'A method a path does not offer is 405 with an Allow header naming the ones it does.',
    async check(context) {
      const reply = await call(context, 'PATCH', '/v1/program', { body: {} });
      expectStatus(reply, 405, 'PATCH /v1/program');
      const allow = (reply.headers.get('Allow') ?? '').split(',').map((method) => method.trim());
      expect(
        allow.includes('GET'),
        `Allow is "${reply.headers.get('Allow') ?? ''}", expected GET in it`,
      );
      return undefined;
    },
  },
  {
    id: 'SF-NOT-FOUND',
    level: 'MUST',
    statement: 'A path the document does not list is 404 problem+json, code not_found.',
    async check(context) {
      const reply = await call(context, 'GET', '/v1/conformance-no-such-path');
      expectProblem(reply, 404, 'not_found', 'GET /v1/conformance-no-such-path');
      return undefined;
    },
  },
  {
    id: 'SF-CORS-PREFLIGHT',
    level: 'MUST',
    statement:
      "A browser's preflight from a storefront origin is allowed with the widgets' methods and headers.",
    async check(context) {
      const requested =
        'authorization, content-type, idempotency-key, if-none-match, x-publishable-key';
      const reply = await preflight(context, requested);
      expect(reply.status >= 200 && reply.status < 300, `the preflight got ${describe(reply)}`);
      const origin = reply.headers.get('Access-Control-Allow-Origin');
      expect(
        origin === '*' || origin === CORS_ORIGIN,
        `Access-Control-Allow-Origin is ${origin ?? 'absent'}`,
      );
      const methods = reply.headers.get('Access-Control-Allow-Methods') ?? '';
      expect(/\bPOST\b|\*/i.test(methods), `Access-Control-Allow-Methods "${methods}" lacks POST`);
      const missing = unallowed(reply, requested);
      expect(missing.length === 0, `Access-Control-Allow-Headers lacks ${missing.join(', ')}`);
      return undefined;
    },
  },
  {
    id: 'SF-CORS-EXPOSE',
    level: 'MUST',
    statement:
      'Cross-origin answers allow the origin and expose ETag, Retry-After and Idempotent-Replayed.',
    async check(context) {
      const reply = await call(context, 'GET', '/v1/program', { headers: { Origin: CORS_ORIGIN } });
      const origin = reply.headers.get('Access-Control-Allow-Origin');
      expect(
        origin === '*' || origin === CORS_ORIGIN,
        `Access-Control-Allow-Origin is ${origin ?? 'absent'}`,
      );
      const exposed = (reply.headers.get('Access-Control-Expose-Headers') ?? '').toLowerCase();
      const missing = ['etag', 'retry-after', 'idempotent-replayed'].filter(
        (name) => !exposed.includes(name) && exposed.trim() !== '*',
      );
      expect(missing.length === 0, `Access-Control-Expose-Headers lacks ${missing.join(', ')}`);
      return undefined;
    },
  },
  {
    id: 'SF-CORS-MAX-AGE',
    level: 'SHOULD',
    statement:
      'Preflights carry Access-Control-Max-Age, so browsers do not preflight every request.',
    async check(context) {
      const reply = await preflight(context, 'authorization, x-publishable-key');
      const maxAge = Number(reply.headers.get('Access-Control-Max-Age'));
      expect(
        maxAge > 0,
        `Access-Control-Max-Age is ${reply.headers.get('Access-Control-Max-Age') ?? 'absent'}`,
      );
      return `${maxAge} s`;
    },
  },
];

/** A browser's preflight of `method path` from the storefront, asking for `headers` (lower case). */
function preflight(
  context: ConformanceContext,
  headers: string,
  method = 'POST',
  path = '/v1/me/redemptions',
): Promise<Reply> {
  return call(context, 'OPTIONS', path, {
    publishableKey: null,
    headers: {
      Origin: CORS_ORIGIN,
      'Access-Control-Request-Method': method,
      'Access-Control-Request-Headers': headers,
    },
  });
}

/** Which of `wanted` (lower case, comma-separated) a preflight answer does not allow. */
function unallowed(reply: Reply, wanted: string): string[] {
  const allowed = (reply.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase();
  return wanted.split(', ').filter((name) => !allowed.includes(name) && allowed !== '*');
}
