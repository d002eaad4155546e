import {
  type Cart,
  FEWEST_CAPABILITIES,
  type LoyaltyError,
  type Program,
  type Reward,
} from '@loyaltykit/core';
import {
  createEngine,
  createHandlers,
  createScenario,
  DEMO_AUDIENCE,
  DEMO_SECRET,
  signToken,
  usStore,
} from '@loyaltykit/mock-backend';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RESPONSE_SCHEMAS } from './contract-schemas.ts';
import { createHttpBackend } from './http-backend.ts';
import { OPERATIONS, type OperationId } from './operations.ts';
import { createChecker } from './testing/json-schema.ts';
import {
  deref,
  document,
  mediaTypes,
  operationFor,
  operations,
  responseFor,
} from './testing/openapi.ts';
import { rejection } from './testing/server.ts';

// The mock engine, through its msw handlers, against openapi.yaml: every
// operation is exercised, on its success path and on every error path the
// engine can reach, and every response it gives must be one the document
// describes (status, media type, body schema, closed objects) and one the
// client's runtime schemas accept without losing a field.

const API = 'https://engine.test';
const engine = createEngine(usStore);
const server = setupServer(...createHandlers(engine));
const checker = createChecker(document);

interface Exchange {
  method: string;
  pathname: string;
  status: number;
  headers: Headers;
  body: string;
}
const exchanges: Exchange[] = [];
/** `${operationId} ${documented status}` of every exchange, and every problem code seen. */
const covered = new Set<string>();
const codesSeen = new Set<string>();

/** The global fetch (answered by msw), recording every exchange for the conformance check. */
const recordingFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const response = await fetch(request);
  const { pathname } = new URL(request.url);
  exchanges.push({
    method: request.method,
    pathname,
    status: response.status,
    headers: response.headers,
    body: await response.clone().text(),
  });
  return response;
};

/** Why an exchange breaks the document (empty when it conforms). */
function violations(exchange: Exchange): string[] {
  const where = `${exchange.method} ${exchange.pathname} → ${exchange.status}`;
  const op = operationFor(exchange.method, exchange.pathname);
  if (!op) return [`${where}: no such operation in openapi.yaml`];
  const response = responseFor(op, exchange.status);
  if (!response) return [`${where}: status not documented for ${op.operationId}`];
  const statusKey = deref(op.spec.responses)[String(exchange.status)]
    ? String(exchange.status)
    : `${String(exchange.status)[0]}XX`;
  covered.add(`${op.operationId} ${statusKey}`);

  const media = mediaTypes(response);
  if (media.length === 0) {
    return exchange.body === '' ? [] : [`${where}: documented without a body, got one`];
  }
  const type = exchange.headers.get('Content-Type')?.split(';')[0]?.trim();
  const documented = media.find((m) => m.type === type);
  if (!documented) return [`${where}: Content-Type ${type} is not documented`];
  let body: unknown;
  try {
    body = JSON.parse(exchange.body);
  } catch {
    return [`${where}: body is not JSON`];
  }
  const problems = checker.errors(documented.schema, body).map((e) => `${where}: ${e}`);
  if (exchange.status === 429 && !exchange.headers.get('Retry-After')) {
    problems.push(`${where}: 429 without Retry-After`);
  }
  if (exchange.status >= 400 && typeof (body as { code?: unknown }).code === 'string') {
    codesSeen.add((body as { code: string }).code);
  }
  if (exchange.status < 300 && Object.hasOwn(OPERATIONS, op.operationId)) {
    const parse = RESPONSE_SCHEMAS[op.operationId as OperationId];
    try {
      expect(parse(body, '$'), 'the client keeps every field').toEqual(body);
    } catch (error) {
      problems.push(`${where}: the client's schema: ${String(error)}`);
    }
  }
  return problems;
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  // Every response of the test just run must conform; this fails that test.
  const broken = exchanges.splice(0).flatMap(violations);
  expect(broken).toEqual([]);
});
afterAll(() => server.close());

const inMinutes = (minutes: number) => Math.floor(engine.now() / 1000) + minutes * 60;
const tokenFor = (sub: string, exp = inMinutes(5)) =>
  signToken({ sub, aud: DEMO_AUDIENCE, exp }, DEMO_SECRET);
const backendAs = async (sub: string) =>
  createHttpBackend({
    apiUrl: API,
    publishableKey: 'pk_demo',
    customerToken: await tokenFor(sub),
    fetch: recordingFetch,
    retry: { retries: 0 },
  });
const guest = createHttpBackend({
  apiUrl: API,
  publishableKey: 'pk_demo',
  fetch: recordingFetch,
  retry: { retries: 0 },
});

/** A request the client would never send as is (no key, odd parameters). */
async function raw(
  method: string,
  path: string,
  {
    token,
    key,
    body,
    headers = {},
  }: { token?: string; key?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const response = await recordingFetch(`${API}${path}`, {
    method,
    headers: {
      'X-Publishable-Key': 'pk_demo',
      ...(token && { Authorization: `Bearer ${token}` }),
      ...(key && { 'Idempotency-Key': key }),
      ...(body !== undefined && { 'Content-Type': 'application/json' }),
      ...headers,
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: response.status === 304 ? '' : await response.text() };
}

const program: Program = engine.program();
const { member, vip, low_balance: lowBalance } = engine.personas;
const rewardWhere = (test: (reward: Reward) => boolean): Reward => {
  const found = program.rewards.find(test);
  if (!found) throw new Error('the seed programme lacks a reward this test needs');
  return found;
};
const plain = (r: Reward) => r.kind !== 'variable' && !r.minimumOrder && !r.tierIds;
const smallCart = (): Cart => ({
  currency: program.currency,
  lines: [
    {
      productId: 'contract-1',
      quantity: 1,
      unitPrice: { amountMinor: 100, currency: program.currency },
    },
  ],
});

describe('GET /v1/program', () => {
  it('200 with ETag (the object the client holds while it is current), 304 for If-None-Match; 401 without a publishable key', async () => {
    const first = await guest.getProgram();
    expect(first).toEqual(program);
    await expect(guest.getProgram()).resolves.toBe(first);
    // The client asks unconditionally; other clients revalidate.
    const etag = exchanges[0]?.headers.get('ETag') ?? '';
    await raw('GET', '/v1/program', { headers: { 'If-None-Match': etag } });
    expect(exchanges.map((e) => e.status)).toEqual([200, 200, 304]);
    expect((await raw('GET', '/v1/program', { headers: { 'X-Publishable-Key': '' } })).status).toBe(
      401,
    );
  });
});

describe('GET /v1/me', () => {
  it('200 for a member; 401 unauthorized for a guest or a forged token; 401 token_expired', async () => {
    await expect((await backendAs(member)).getCustomer()).resolves.toMatchObject({ id: member });
    expect((await raw('GET', '/v1/me')).status).toBe(401);
    const forged = await signToken({ sub: member, aud: DEMO_AUDIENCE, exp: inMinutes(5) }, 'wrong');
    expect((await raw('GET', '/v1/me', { token: forged })).status).toBe(401);
    const foreign = await signToken(
      { sub: member, aud: 'another-shop', exp: inMinutes(5) },
      DEMO_SECRET,
    );
    expect((await raw('GET', '/v1/me', { token: foreign })).status).toBe(401);
    const expired = await tokenFor(member, inMinutes(-1));
    expect(JSON.parse((await raw('GET', '/v1/me', { token: expired })).body).code).toBe(
      'token_expired',
    );
  });
});

describe('GET /v1/bootstrap', () => {
  it('200 with programme and member, then without the programme the client holds; 401 for a refused token', async () => {
    const backend = await backendAs(member);
    const first = await backend.bootstrap();
    expect(first).toEqual({ program, customer: expect.objectContaining({ id: member }) });
    await expect(backend.bootstrap()).resolves.toEqual(first);
    const bodies = exchanges.map((e) => JSON.parse(e.body));
    expect(bodies.map((b) => 'program' in b)).toEqual([true, false]);
    expect(bodies[1].programEtag).toBe(bodies[0].programEtag);
    await expect(guest.bootstrap()).resolves.toEqual({ program, customer: null });
    const expired = await tokenFor(member, inMinutes(-1));
    expect(JSON.parse((await raw('GET', '/v1/bootstrap', { token: expired })).body).code).toBe(
      'token_expired',
    );
  });
});

describe('GET /v1/me/activity', () => {
  it('pages newest first through nextCursor', async () => {
    const token = await tokenFor(member);
    const first = RESPONSE_SCHEMAS.getActivity(
      JSON.parse((await raw('GET', '/v1/me/activity?limit=2', { token })).body),
      '$',
    );
    expect(first.entries).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const next = await (await backendAs(member)).getActivity(first.nextCursor);
    expect(next.entries.length).toBeGreaterThan(0);
    expect(next.entries[0]!.createdAt <= first.entries[1]!.createdAt).toBe(true);
    expect((await raw('GET', '/v1/me/activity?limit=0', { token })).status).toBe(400);
  });
});

describe('POST /v1/me/redemptions', () => {
  it('201, replayed for the same key and body; 422 for the same key and another body', async () => {
    const backend = await backendAs(member);
    const reward = rewardWhere((r) => plain(r) && r.pointsPrice <= 1000);
    const first = await backend.redeem({ rewardId: reward.id, idempotencyKey: 'contract-r1' });
    const again = await backend.redeem({ rewardId: reward.id, idempotencyKey: 'contract-r1' });
    expect(again).toEqual(first);
    const other = rewardWhere((r) => plain(r) && r.id !== reward.id);
    const reused = await rejection(
      backend.redeem({ rewardId: other.id, idempotencyKey: 'contract-r1' }),
    );
    expect(reused).toMatchObject({ code: 'idempotency_key_reused', status: 422 });
  });

  it('400 without an Idempotency-Key', async () => {
    const token = await tokenFor(member);
    const reward = rewardWhere(plain);
    expect(
      (await raw('POST', '/v1/me/redemptions', { token, body: { rewardId: reward.id } })).status,
    ).toBe(400);
  });

  it('422 for each refusal: insufficient points, unavailable (also a bad variable amount), tier, minimum order', async () => {
    const poor = await backendAs(lowBalance);
    const rich = await backendAs(vip);
    const costly = rewardWhere((r) => plain(r) && r.pointsPrice > 0);
    // Each refusal is caught as it is made: some settle while later cases are still being set up.
    const cases: [Promise<LoyaltyError>, string][] = [
      [
        rejection(poor.redeem({ rewardId: costly.id, idempotencyKey: 'c-poor' })),
        'insufficient_points',
      ],
      [
        rejection(rich.redeem({ rewardId: 'rw_does_not_exist', idempotencyKey: 'c-none' })),
        'reward_unavailable',
      ],
    ];
    const tiered = program.rewards.find((r) => r.tierIds);
    const customer = await poor.getCustomer();
    if (tiered && !tiered.tierIds?.includes(customer?.tier?.currentTierId ?? '')) {
      cases.push([
        rejection(poor.redeem({ rewardId: tiered.id, idempotencyKey: 'c-tier' })),
        'tier_required',
      ]);
    }
    const minimum = rewardWhere((r) => !!r.minimumOrder && !r.tierIds);
    cases.push([
      rejection(rich.redeem({ rewardId: minimum.id, cart: smallCart(), idempotencyKey: 'c-min' })),
      'minimum_order_not_met',
    ]);
    const variable = rewardWhere((r) => r.kind === 'variable');
    if (variable.kind === 'variable') {
      cases.push([
        rejection(
          rich.redeem({
            rewardId: variable.id,
            points: variable.pointsStep + 1,
            idempotencyKey: 'c-var',
          }),
        ),
        'reward_unavailable',
      ]);
    }
    for (const [attempt, code] of cases) {
      expect(await attempt).toMatchObject({ code, status: 422 });
    }
  });

  it('409 request_in_progress while the first request with a key is still running', async () => {
    server.use(...createHandlers(engine, { commitDelay: 30 }));
    const token = await tokenFor(vip);
    const reward = rewardWhere(plain);
    const send = () =>
      raw('POST', '/v1/me/redemptions', {
        token,
        key: 'contract-slow',
        body: { rewardId: reward.id },
      });
    const [first, second] = await Promise.all([send(), send()]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
  });
});

describe('exactly once, end to end (client and engine)', () => {
  const available = async (sub: string) =>
    (await (await backendAs(sub)).getCustomer())?.balance.available ?? Number.NaN;
  const reward = () => rewardWhere(plain);

  it('five parallel submits with one key: one redemption, one balance change', async () => {
    server.use(...createHandlers(engine, { commitDelay: 20 }));
    const before = await available(vip);
    const backend = createHttpBackend({
      apiUrl: API,
      publishableKey: 'pk_demo',
      customerToken: await tokenFor(vip),
      fetch: recordingFetch,
      // 409 request_in_progress is retried until the first request's answer is replayed.
      retry: { retries: 10 },
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 10))),
    });
    const intent = { rewardId: reward().id, idempotencyKey: 'contract-five' };
    const results = await Promise.all(Array.from({ length: 5 }, () => backend.redeem(intent)));
    expect(new Set(results.map((r) => r.redemption.id)).size).toBe(1);
    expect(await available(vip)).toBe(before - reward().pointsPrice);
  });

  it('an answer lost after the engine committed is recovered by the retry: one redemption', async () => {
    const before = await available(vip);
    let dropped = false;
    const losesFirstAnswer: typeof fetch = async (input, init) => {
      const response = await recordingFetch(input, init);
      if (dropped) return response;
      dropped = true;
      throw new TypeError('connection reset after the server committed');
    };
    const backend = createHttpBackend({
      apiUrl: API,
      publishableKey: 'pk_demo',
      customerToken: await tokenFor(vip),
      fetch: losesFirstAnswer,
      sleep: async () => {},
    });
    const result = await backend.redeem({ rewardId: reward().id, idempotencyKey: 'contract-lost' });
    expect(dropped).toBe(true);
    expect(result.balance.available).toBe(before - reward().pointsPrice);
    expect(await available(vip)).toBe(before - reward().pointsPrice);
  });
});

describe('DELETE /v1/me/redemptions/{id}', () => {
  it('200 with the refund, the same 200 again without a second refund; 404 for an unknown id', async () => {
    const backend = await backendAs(vip);
    const reward = rewardWhere(plain);
    const { redemption, balance } = await backend.redeem({
      rewardId: reward.id,
      idempotencyKey: 'contract-c1',
    });
    const cancelled = await backend.cancelRedemption(redemption.id);
    expect(cancelled.redemption.status).toBe('cancelled');
    expect(cancelled.balance.available).toBe(balance.available + redemption.pointsSpent);
    await expect(backend.cancelRedemption(redemption.id)).resolves.toEqual(cancelled);
    expect(await rejection(backend.cancelRedemption('red_unknown'))).toMatchObject({
      code: 'not_found',
    });
  });

  it('409 redemption_not_cancellable for a code already used', async () => {
    // The API has no way to use a code (the shop's checkout does that): find a seeded one.
    const used = engine.snapshot().members[member]?.redemptions.find((r) => r.status === 'used');
    if (!used) throw new Error('the seed has no used redemption for the member');
    const error = await rejection((await backendAs(member)).cancelRedemption(used.id));
    expect(error).toMatchObject({ code: 'redemption_not_cancellable', status: 409 });
  });
});

describe('POST /v1/me/actions', () => {
  it('201 awards the points; 422 when the limit is used up; 404 for an unknown rule; 400 without a key', async () => {
    const rule = program.earningRules.find(
      (r) => (r.kind === 'social_follow' || r.kind === 'social_share') && r.limit,
    );
    if (!rule) throw new Error('the seed programme lacks a limited social rule');
    const newcomer = engine.enroll({ firstName: 'Contract' });
    const backend = await backendAs(newcomer.id);
    const claimed = await backend.claimAction(rule.id);
    expect(claimed.entry.points).toBeGreaterThan(0);
    let limited: unknown;
    for (let i = 0; i < (rule.limit?.count ?? 1) + 1 && !limited; i++) {
      limited = await backend.claimAction(rule.id).then(
        () => undefined,
        (error: unknown) => error,
      );
    }
    expect(limited).toMatchObject({ code: 'action_limit_reached', status: 422 });
    expect(await rejection(backend.claimAction('earn_unknown'))).toMatchObject({
      code: 'not_found',
    });
    const token = await tokenFor(newcomer.id);
    expect((await raw('POST', '/v1/me/actions', { token, body: { ruleId: rule.id } })).status).toBe(
      400,
    );
  });
});

describe('PUT /v1/me/birthday', () => {
  it('400 for a body that is not a Birthday, 422 for a date that does not exist, 200 once, then 409', async () => {
    const newcomer = engine.enroll({ firstName: 'Birthday' });
    const backend = await backendAs(newcomer.id);
    const token = await tokenFor(newcomer.id);
    const notABirthday = { month: 'May', day: 1 };
    expect((await raw('PUT', '/v1/me/birthday', { token, body: notABirthday })).status).toBe(400);
    expect(await rejection(backend.setBirthday({ month: 2, day: 30 }))).toMatchObject({
      code: 'validation_failed',
      status: 422,
    });
    await expect(backend.setBirthday({ month: 2, day: 29 })).resolves.toMatchObject({
      birthday: { month: 2, day: 29 },
    });
    expect(await rejection(backend.setBirthday({ month: 3, day: 1 }))).toMatchObject({
      code: 'birthday_already_set',
      status: 409,
    });
  });
});

describe('POST /v1/quote', () => {
  it('200 with the points, for a guest and for a member; 400 for a body that is not a cart', async () => {
    const cart: Cart = {
      currency: program.currency,
      lines: [
        {
          productId: 'contract-2',
          quantity: 2,
          unitPrice: { amountMinor: 2500, currency: program.currency },
        },
      ],
    };
    const asGuest = await guest.quote?.(cart);
    const asMember = await (await backendAs(member)).quote?.(cart);
    expect(asGuest?.points).toBeGreaterThan(0);
    expect(asMember?.points).toBeGreaterThanOrEqual(asGuest?.points ?? 0);
    expect((await raw('POST', '/v1/quote', { body: { currency: program.currency } })).status).toBe(
      400,
    );
  });
});

describe('a backend with the fewest capabilities', () => {
  it('declares them, reads back as they are, and refuses each with its documented problem', async () => {
    server.use(...createScenario('fewest_capabilities', engine));
    const backend = await backendAs(member);
    expect((await guest.getProgram()).capabilities).toEqual(FEWEST_CAPABILITIES);
    const [issued] = (await backend.getCustomer())?.redemptions ?? [];
    if (!issued) throw new Error('the seed member lacks an unused code');
    const refusals = await Promise.all([
      rejection(backend.getActivity()),
      rejection(backend.cancelRedemption(issued.id)),
      rejection(backend.claimAction('earn_instagram')),
      rejection(backend.setBirthday({ month: 7, day: 14 })),
      rejection(backend.quote?.(smallCart()) ?? Promise.resolve()),
    ]);
    expect(refusals.map(({ code, status }) => `${code} ${status}`)).toEqual([
      'not_found 404',
      'redemption_not_cancellable 409',
      'not_found 404',
      'not_found 404',
      'not_found 404',
    ]);
  });
});

describe('faults the engine can be put into', () => {
  it('the server_error scenario answers 5XX problems the document allows', async () => {
    server.use(...createScenario('server_error', engine));
    expect(await rejection(guest.getProgram())).toMatchObject({ code: 'http_error', status: 500 });
  });
});

describe('identity on every customer operation', () => {
  it('401 without a customer token, and for a forged one on the quote', async () => {
    const reward = rewardWhere(plain);
    const refused = [
      await raw('GET', '/v1/me/activity'),
      await raw('POST', '/v1/me/redemptions', { key: 'anon', body: { rewardId: reward.id } }),
      await raw('DELETE', '/v1/me/redemptions/red_any'),
      await raw('POST', '/v1/me/actions', { key: 'anon', body: { ruleId: 'earn_any' } }),
      await raw('PUT', '/v1/me/birthday', { body: { month: 1, day: 1 } }),
      await raw('POST', '/v1/quote', { token: 'not.a.jwt', body: smallCart() }),
    ];
    expect(refused.map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 401]);
  });

  it('409 request_in_progress on a claim still running', async () => {
    server.use(...createHandlers(engine, { commitDelay: 30 }));
    const rule = program.earningRules.find((r) => r.kind === 'social_share');
    if (!rule) throw new Error('the seed programme lacks a social_share rule');
    const token = await tokenFor(engine.enroll({ firstName: 'Slow' }).id);
    const send = () =>
      raw('POST', '/v1/me/actions', { token, key: 'contract-claim', body: { ruleId: rule.id } });
    const [first, second] = await Promise.all([send(), send()]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
  });
});

describe('coverage', () => {
  it('every documented response was produced, except those only a faulty network or a limiter gives', () => {
    const notReachable = new Set([
      ...operations().flatMap((op) => [`${op.operationId} 429`, `${op.operationId} 5XX`]),
    ]);
    const documented = operations().flatMap((op) =>
      Object.keys(deref(op.spec.responses)).map((status) => `${op.operationId} ${status}`),
    );
    const missing = documented.filter((entry) => !covered.has(entry) && !notReachable.has(entry));
    expect(missing).toEqual([]);
  });

  it('every server-side error code was produced, except rate_limited', () => {
    const problem = deref(deref(deref(document.components).schemas).Problem);
    const codes = deref(deref(problem.properties).code).enum as string[];
    expect(codes.filter((code) => !codesSeen.has(code) && code !== 'rate_limited')).toEqual([]);
  });
});
