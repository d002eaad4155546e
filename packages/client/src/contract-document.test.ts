import { CLIENT_ERROR_CODES, LOYALTY_ERROR_CODES } from '@loyaltykit/core';
import { describe, expect, it } from 'vitest';
import { RESPONSE_SCHEMAS } from './contract-schemas.ts';
import { OPERATIONS, type OperationId } from './operations.ts';
import { parse } from './schema.ts';
import { createChecker } from './testing/json-schema.ts';
import {
  allRefs,
  type DocOperation,
  deref,
  document,
  mediaTypes,
  operations,
  responseFor,
} from './testing/openapi.ts';

// openapi.yaml on its own: well formed, the same operations as the client,
// examples that pass both the document's schemas and the client's.

const checker = createChecker(document);
const isOperationId = (id: string): id is OperationId => Object.hasOwn(OPERATIONS, id);

describe('openapi.yaml', () => {
  it('is OpenAPI 3.1 and every $ref resolves', () => {
    expect(document.openapi).toMatch(/^3\.1\./);
    for (const ref of allRefs()) expect(() => checker.resolve(ref), ref).not.toThrow();
  });

  it('lists exactly the operations the client calls', () => {
    const documented = operations().map((op) => `${op.operationId}: ${op.method} ${op.path}`);
    const client = Object.entries(OPERATIONS).map(([id, op]) => `${id}: ${op.method} ${op.path}`);
    expect(documented.sort()).toEqual(client.sort());
  });

  it('documents every server-side error code, and no other', () => {
    const clientOnly: readonly string[] = CLIENT_ERROR_CODES;
    const problem = deref(deref(deref(document.components).schemas).Problem);
    const code = deref(deref(problem.properties).code);
    expect(code.enum).toEqual(LOYALTY_ERROR_CODES.filter((c) => !clientOnly.includes(c)));
  });

  it('gives every operation a success response, 401 or a publishable-key error, 429 and 5XX', () => {
    for (const op of operations()) {
      const statuses = Object.keys(deref(op.spec.responses));
      expect(
        statuses.some((s) => s.startsWith('2')),
        op.operationId,
      ).toBe(true);
      expect(statuses, op.operationId).toEqual(expect.arrayContaining(['401', '429', '5XX']));
    }
  });

  it('marks the keyed operations’ Idempotency-Key as required', () => {
    const keyed = operations()
      .filter((op) =>
        (op.spec.parameters as unknown[] | undefined)?.some(
          (p) => deref(p).name === 'Idempotency-Key' && deref(p).required === true,
        ),
      )
      .map((op) => op.operationId);
    expect(keyed.sort()).toEqual(['claimAction', 'redeem']);
  });

  describe('headers', () => {
    const headersOf = (op: DocOperation, status: string) =>
      deref(deref(deref(op.spec.responses)[status]).headers ?? {});
    const op = (id: string) => {
      const found = operations().find((o) => o.operationId === id);
      if (!found) throw new Error(`no operation ${id}`);
      return found;
    };
    const isKeyed = (o: DocOperation) =>
      (o.spec.parameters as unknown[] | undefined)?.some(
        (p) => deref(p).name === 'Idempotency-Key',
      ) ?? false;

    it('marks the ones clients and caches rely on as required, so tools can check them', () => {
      const required = (o: DocOperation, status: string, name: string) =>
        deref(headersOf(o, status)[name] ?? {}).required === true;
      const customer = operations().filter((o) => o.path.startsWith('/v1/me'));
      expect(customer.length).toBeGreaterThan(0);
      for (const o of customer) {
        for (const status of Object.keys(deref(o.spec.responses)).filter((s) => s[0] === '2')) {
          expect(required(o, status, 'Cache-Control'), `${o.operationId} ${status}`).toBe(true);
          const schema = deref(deref(headersOf(o, status)['Cache-Control']).schema);
          expect(checker.errors(schema, 'private, no-store')).toEqual([]);
          expect(checker.errors(schema, 'no-store, private')).toEqual([]);
          expect(checker.errors(schema, 'public, max-age=60')).not.toEqual([]);
          expect(checker.errors(schema, 'private')).not.toEqual([]);
        }
      }
      expect(required(op('getProgram'), '200', 'ETag')).toBe(true);
      expect(required(op('getProgram'), '200', 'Cache-Control')).toBe(true);
      expect(required(op('getProgram'), '304', 'ETag')).toBe(true);
      for (const o of operations())
        expect(required(o, '429', 'Retry-After'), o.operationId).toBe(true);
    });

    it('documents Idempotent-Replayed on every answer a keyed operation stores and replays', () => {
      const keyed = operations().filter(isKeyed);
      expect(keyed.map((o) => o.operationId).sort()).toEqual(['claimAction', 'redeem']);
      for (const o of keyed) {
        const replayable = Object.keys(deref(o.spec.responses)).filter(
          (s) => s[0] === '2' || s === '404' || s === '422',
        );
        for (const status of replayable) {
          const header = deref(headersOf(o, status)['Idempotent-Replayed'] ?? {});
          expect(deref(header.schema ?? {}).const, `${o.operationId} ${status}`).toBe('true');
        }
      }
    });
  });

  it('gives Idempotency-Key no fixed example, so generic tools send a fresh key per request', () => {
    const keys = operations().flatMap((o) =>
      ((o.spec.parameters as unknown[] | undefined) ?? [])
        .map((p) => deref(p))
        .filter((p) => p.name === 'Idempotency-Key'),
    );
    expect(keys).toHaveLength(2);
    for (const key of keys) {
      expect(key).not.toHaveProperty('example');
      expect(key).not.toHaveProperty('examples');
      expect(deref(key.schema)).not.toHaveProperty('example');
      expect(deref(key.schema).format).toBe('uuid');
    }
  });

  it('tells implementers that clients skip items of unknown kinds', () => {
    expect(String(deref(document.info).description).replace(/\s+/g, ' ')).toContain(
      'Clients ignore unknown enum values: an item of an unknown kind is skipped, the rest of the response is used.',
    );
  });

  describe('every example conforms to its schema', () => {
    const cases = operations().flatMap((op) => {
      const holders: [string, Record<string, unknown>][] = [];
      if (op.spec.requestBody) holders.push(['request', deref(op.spec.requestBody)]);
      for (const status of Object.keys(deref(op.spec.responses))) {
        const response = responseFor(op, status === '5XX' ? 500 : Number(status));
        if (response) holders.push([status, response]);
      }
      return holders.flatMap(([where, holder]) =>
        mediaTypes(holder).flatMap(({ type, schema, examples }) =>
          examples.map(([name, value]) => ({ op, where, type, schema, name, value })),
        ),
      );
    });

    it('there are examples for every operation', () => {
      const withExamples = new Set(cases.map((c) => c.op.operationId));
      // setBirthday answers with a Customer, shown at GET /v1/me; its request has one.
      expect([...withExamples].sort()).toEqual(Object.keys(OPERATIONS).sort());
    });

    it.each(cases.map((c) => [`${c.op.operationId} ${c.where} ${c.name}`, c] as const))(
      '%s',
      (_, { op, where, schema, value }) => {
        expect(checker.errors(schema, value)).toEqual([]);
        if (where.startsWith('2') && isOperationId(op.operationId)) {
          // The client accepts the example and keeps every field of it.
          expect(RESPONSE_SCHEMAS[op.operationId](value, '$')).toEqual(value);
        }
      },
    );
  });

  it('the checker catches what the document forbids (so passing means something)', () => {
    const program = deref(deref(deref(document.components).examples).Program).value as Record<
      string,
      unknown
    >;
    const schema = { $ref: '#/components/schemas/Program' };
    expect(checker.errors(schema, program)).toEqual([]);
    expect(checker.errors(schema, { ...program, extra: 1 })).toEqual([
      '$.extra: not in the document',
    ]);
    const { currency: _, ...withoutCurrency } = program;
    expect(checker.errors(schema, withoutCurrency)).toEqual(['$.currency: required']);
    const rewards = program.rewards as Record<string, unknown>[];
    const badReward = { ...rewards[0], kind: 'coupon' };
    expect(checker.errors(schema, { ...program, rewards: [badReward] })).toContainEqual(
      '$.rewards[0]: matches 0 of 7 oneOf branches',
    );
    // The client, reading forward-compatibly, drops it.
    const [read, dropped] = parse(RESPONSE_SCHEMAS.getProgram, {
      ...program,
      rewards: [badReward],
    });
    expect(read.rewards).toEqual([]);
    expect(dropped).toEqual([expect.stringMatching(/^\$\.rewards\[0\]\.kind: expected /)]);
  });
});
