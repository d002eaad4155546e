import { fc, it } from '@fast-check/vitest';
import { formatDate, type LoyaltyBackend, LoyaltyError } from '@loyaltykit/core';
import { afterEach, beforeEach, describe, expect, type MockInstance, vi } from 'vitest';
import { createHttpBackend } from './http-backend.ts';
import {
  actionResult,
  activity,
  cart,
  customer,
  program,
  redemptionResult,
} from './testing/fixtures.ts';

// Issue 12, "keep these classes closed": whatever a backend answers with 200,
// built by mutating valid bodies (keys dropped, values retyped or nulled,
// unknown enum values, huge lists and strings, bidi and zero-width
// characters, bad dates, repeated ids), the client resolves with a value
// that keeps the contract or rejects with a LoyaltyError, and nothing else.
// A mutation that leaves a response's core alone never fails the response.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

interface Case {
  name: string;
  body: Json;
  call: (backend: LoyaltyBackend) => Promise<unknown>;
  /** Paths whose loss may fail the call (see contract-schemas.ts); `$` always is. */
  core: string[];
}

const BALANCE = ['balance', 'balance.available', 'balance.pending', 'balance.lifetime'];
const REDEMPTION = ['id', 'rewardId', 'rewardTitle', 'rewardKind', 'pointsSpent', 'code']
  .concat('status', 'createdAt')
  .map((key) => `redemption.${key}`);
const ENTRY = ['id', 'kind', 'points', 'description', 'createdAt'].map((key) => `entry.${key}`);

const CASES: Case[] = [
  {
    name: 'GET /v1/program',
    body: program as unknown as Json,
    call: (b) => b.getProgram(),
    core: ['id', 'name', 'currency'],
  },
  {
    name: 'GET /v1/me',
    body: customer as unknown as Json,
    call: (b) => b.getCustomer(),
    core: ['id', ...BALANCE],
  },
  {
    name: 'GET /v1/bootstrap',
    body: { program, programEtag: '"v1"', customer } as unknown as Json,
    call: (b) => b.bootstrap?.() ?? Promise.resolve(),
    core: [
      'program',
      'program.id',
      'program.name',
      'program.currency',
      'customer',
      'customer.id',
    ].concat(BALANCE.map((key) => `customer.${key}`)),
  },
  {
    name: 'GET /v1/me/activity',
    body: activity as unknown as Json,
    call: (b) => b.getActivity(),
    core: [],
  },
  {
    name: 'POST /v1/me/redemptions',
    body: redemptionResult as unknown as Json,
    call: (b) => b.redeem({ rewardId: 'rw_5off', idempotencyKey: 'k' }),
    core: ['redemption', ...REDEMPTION, ...BALANCE],
  },
  {
    name: 'POST /v1/me/actions',
    body: actionResult as unknown as Json,
    call: (b) => b.claimAction('earn_ig'),
    core: ['entry', ...ENTRY, ...BALANCE],
  },
  {
    name: 'POST /v1/quote',
    body: { points: 250 },
    call: (b) => b.quote?.(cart) ?? Promise.resolve(),
    core: ['points'],
  },
];

/** Every path in `value`, the root first; only the first items of a long list. */
function pathsOf(value: Json, at: Path = []): Path[] {
  const out: Path[] = [at];
  const children: [string | number, Json][] = Array.isArray(value)
    ? value.slice(0, 8).map((item, i) => [i, item])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  for (const [key, child] of children) out.push(...pathsOf(child, [...at, key]));
  return out;
}

const BIDI_AND_ZERO_WIDTH = ['\u202e', '\u2066', '\u200f', '\u200b', '\u200d', '\ufeff', '\u0000'];
const BAD_DATES = [
  '2026-13-45Tnope',
  '2026-05-01',
  '2026-05-01T25:00:00Z',
  '+275761-01-01T00:00:00Z',
  'Invalid Date',
  '',
  '2026-05-01T10:00:00Z\u202e',
];

/** One way to spoil a value; `arg` supplies whatever the mutation needs. */
const MUTATIONS = {
  drop: () => undefined,
  null: () => null,
  retype: (_: Json, arg: Json) => arg,
  unknownEnum: (value: Json, arg: Json) => (typeof value === 'string' ? 'donation' : arg),
  hugeString: (value: Json) =>
    `${typeof value === 'string' ? value : 'x'}${'\u200bA'.repeat(10_000)}`,
  hugeArray: (value: Json) =>
    Array.from({ length: 2_000 }, () => (Array.isArray(value) ? (value[0] ?? 1) : value)),
  bidi: (value: Json, arg: Json) =>
    `${BIDI_AND_ZERO_WIDTH[Math.abs(Number(arg) | 0) % BIDI_AND_ZERO_WIDTH.length]}${typeof value === 'string' ? value : ''}`,
  badDate: (_: Json, arg: Json) => BAD_DATES[Math.abs(Number(arg) | 0) % BAD_DATES.length] ?? '',
  duplicate: (value: Json) =>
    Array.isArray(value) && value.length ? [...value, value[0] ?? null] : value,
  unknownKey: (value: Json, arg: Json) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const out = { ...value };
    for (const key of ['__proto__', 'constructor', 'kind_v2'])
      Object.defineProperty(out, key, {
        value: arg,
        enumerable: true,
        configurable: true,
        writable: true,
      });
    return out;
  },
} satisfies Record<string, (value: Json, arg: Json) => Json | undefined>;
type MutationName = keyof typeof MUTATIONS;

interface Mutation {
  kind: MutationName;
  /** Where, as a fraction of the value's paths. */
  at: number;
  arg: Json;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...(Object.keys(MUTATIONS) as MutationName[])),
  at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  arg: fc.oneof(
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string(),
    fc.boolean(),
    fc.constant(null),
    fc.constant<Json>({}),
    fc.constant<Json>([]),
  ),
});

/** `root` with the value at `path` replaced (or removed, for `undefined`). */
function replaced(
  root: Json,
  path: Path,
  next: (value: Json) => Json | undefined,
): Json | undefined {
  if (path.length === 0) return next(root);
  const [key, ...rest] = path;
  if (Array.isArray(root)) {
    const item = replaced(root[key as number] ?? null, rest, next);
    const copy = [...root];
    if (item === undefined) copy.splice(key as number, 1);
    else copy[key as number] = item;
    return copy;
  }
  const object = root as { [key: string]: Json };
  const child = replaced(object[key as string] ?? null, rest, next);
  const copy = { ...object };
  if (child === undefined) delete copy[key as string];
  else copy[key as string] = child;
  return copy;
}

/** The body after each mutation in turn, and the paths they touched (`$.a[0].b`). */
function mutate(body: Json, mutations: Mutation[]): { body: Json | undefined; touched: string[] } {
  let current: Json | undefined = body;
  const touched: string[] = [];
  for (const { kind, at, arg } of mutations) {
    if (current === undefined) break;
    const paths = pathsOf(current);
    const path = paths[Math.floor(at * paths.length)] ?? [];
    touched.push(path.map((k) => (typeof k === 'number' ? '[]' : `.${k}`)).join(''));
    current = replaced(current, path, (value) => MUTATIONS[kind](value, arg));
  }
  return { body: current, touched };
}

/** Whether touching `path` (`.a[].b`) may change a core path (`a.b`): it is the path or holds it. */
const touchesCore = (path: string, core: string[]) =>
  path === '' ||
  core.some((c) => `.${c}`.startsWith(path) && /^$|^\./.test(`.${c}`.slice(path.length)));

const DATE_KEYS = new Set([
  'createdAt',
  'expiresAt',
  'startsAt',
  'endsAt',
  'at',
  'periodEnd',
  'lastAt',
]);
DATE_KEYS.add('pendingUntil');
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

/** Why a read value breaks what widgets rely on: real dates, one item per id. */
function brokenInvariants(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) {
    const out = value.flatMap((item, i) => brokenInvariants(item, `${path}[${i}]`));
    for (const key of ['id', 'ruleId']) {
      const ids = value
        .map((item) => (item as Record<string, unknown> | null)?.[key])
        .filter(Boolean);
      if (new Set(ids).size !== ids.length) out.push(`${path}: repeated ${key}`);
    }
    return out;
  }
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const at = `${path}.${key}`;
    if (!DATE_KEYS.has(key)) return brokenInvariants(child, at);
    const ok =
      typeof child === 'string' &&
      RFC3339.test(child) &&
      Number.isFinite(Date.parse(child)) &&
      formatDate('en', child) !== '';
    return ok ? [] : [`${at}: not a date`];
  });
}

/** A backend whose every answer is `text` with status 200. */
const answering = (text: string) =>
  createHttpBackend({
    apiUrl: 'https://loyalty.test',
    publishableKey: 'pk_test',
    customerToken: 'tok_maya',
    retry: { retries: 0 },
    timeoutMs: 60_000,
    fetch: async () =>
      new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } }),
  });

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

describe.each(CASES)('$name, mutated', ({ body, call, core }) => {
  it.prop([fc.array(mutation, { minLength: 1, maxLength: 4 })], { numRuns: 100 })(
    'resolves with a value that keeps the contract, or rejects with invalid_response',
    async (mutations) => {
      const { body: spoiled, touched } = mutate(body, mutations);
      const text = spoiled === undefined ? '' : JSON.stringify(spoiled);
      // Huge, not absurd: a list of huge strings would only test the machine's memory.
      fc.pre(text.length < 4_000_000);
      let outcome: { value: unknown } | { error: unknown };
      try {
        outcome = { value: await call(answering(text)) };
      } catch (error) {
        outcome = { error };
      }
      // At most one warning per response, naming JSON paths.
      expect(warn.mock.calls.length).toBeLessThanOrEqual(1);
      for (const dropped of (warn.mock.calls[0]?.[1] as string[] | undefined) ?? []) {
        expect(dropped).toMatch(/^\$[.[:]/);
      }

      if ('error' in outcome) {
        expect(outcome.error).toBeInstanceOf(LoyaltyError);
        expect((outcome.error as LoyaltyError).code).toBe('invalid_response');
        expect(touched.some((path) => touchesCore(path, core))).toBe(true);
        return;
      }
      expect(brokenInvariants(outcome.value)).toEqual([]);
      // What was read is itself a clean response: read again, it is kept whole, silently.
      warn.mockClear();
      await expect(call(answering(JSON.stringify(outcome.value)))).resolves.toEqual(outcome.value);
      expect(warn).not.toHaveBeenCalled();
    },
    // Huge lists and strings take their time on a busy machine.
    30_000,
  );
});

describe('the mutation helpers', () => {
  it('name core paths the way the property needs', () => {
    expect(touchesCore('', [])).toBe(true);
    expect(touchesCore('.balance', ['balance.available'])).toBe(true);
    expect(touchesCore('.balance.available', ['balance.available'])).toBe(true);
    expect(touchesCore('.balance.expiring', ['balance', 'balance.available'])).toBe(false);
    expect(touchesCore('.bal', ['balance'])).toBe(false);
    expect(touchesCore('.rewards[].id', ['id'])).toBe(false);
  });

  it('spoil what they say', () => {
    expect(mutate({ a: [1, 2] }, [{ kind: 'drop', at: 0.99, arg: null }]).body).toEqual({ a: [1] });
    expect(mutate({ a: 'x' }, [{ kind: 'badDate', at: 0.5, arg: 0 }])).toEqual({
      body: { a: '2026-13-45Tnope' },
      touched: ['.a'],
    });
    expect(brokenInvariants({ list: [{ id: 'a' }, { id: 'a', createdAt: 'nope' }] })).toEqual([
      '$.list[1].createdAt: not a date',
      '$.list: repeated id',
    ]);
  });
});
