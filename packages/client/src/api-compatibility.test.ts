import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import released from '../openapi.released.yaml?raw';
import { breakingChanges, releaseProblems } from './testing/compatibility.ts';
import { document, type Node } from './testing/openapi.ts';

// The Storefront API document against the last released one
// (openapi.released.yaml, written by `pnpm version-packages`): a breaking
// change fails here unless info.version's major went up.

describe('the Storefront API document against the released one', () => {
  it('breaks nothing, or raises its major version', () => {
    expect(releaseProblems(parse(released), document)).toEqual([]);
  });
});

/** The real document, changed by `edit` (on a copy). */
function edited(edit: (doc: Node) => void): Node {
  const copy = structuredClone(document);
  edit(copy);
  return copy;
}
/** `node[key]…` along `keys`, failing the test when the document has no such part. */
function at(node: Node, ...keys: string[]): Node {
  let found: unknown = node;
  for (const key of keys) found = (found as Node | undefined)?.[key];
  if (typeof found !== 'object' || found === null) throw new Error(`no ${keys.join('.')}`);
  return found as Node;
}
const schema = (doc: Node, name: string, ...keys: string[]) =>
  at(doc, 'components', 'schemas', name, ...keys);
const major = Number(String(at(document, 'info').version).split('.')[0]);

describe('releaseProblems on the real document', () => {
  const removedBalance = edited((doc) => {
    delete schema(doc, 'Customer', 'properties').balance;
  });

  it('fails on a removed response property, naming where', () => {
    const problems = releaseProblems(document, removedBalance);
    expect(problems).toContain(
      `GET /v1/me response 200 application/json.balance: response property removed (breaking: raise info.version to ${major + 1}.0.0)`,
    );
  });

  it('passes the same change with a new major version', () => {
    const next = structuredClone(removedBalance);
    at(next, 'info').version = `${major + 1}.0.0`;
    expect(releaseProblems(document, next)).toEqual([]);
  });

  it('refuses a major version that went down', () => {
    const older = edited((doc) => {
      at(doc, 'info').version = `${major - 1}.9.0`;
    });
    expect(releaseProblems(document, older)).toEqual([
      `info.version major went down from ${major} to ${major - 1}`,
    ]);
  });

  it('passes a new optional response property and a new enum value', () => {
    const next = edited((doc) => {
      schema(doc, 'Customer', 'properties').nickname = { type: 'string' };
      const kind = schema(doc, 'LedgerEntry', 'properties', 'kind');
      kind.enum = [...(kind.enum as string[]), 'transfer'];
    });
    expect(releaseProblems(document, next)).toEqual([]);
  });

  it('passes a new operation and a new optional query parameter', () => {
    const next = edited((doc) => {
      at(doc, 'paths')['/v1/me/referrals'] = {
        get: { operationId: 'listReferrals', responses: {} },
      };
      const activity = at(doc, 'paths', '/v1/me/activity', 'get');
      activity.parameters = [
        ...(activity.parameters as unknown[]),
        { name: 'kind', in: 'query', required: false, schema: { type: 'string' } },
      ];
    });
    expect(releaseProblems(document, next)).toEqual([]);
  });
});

/** A one-operation document: `POST /v1/x` with a JSON body and a 200 JSON response. */
function api(request: Node, response: Node, extra: Node = {}): Node {
  return {
    openapi: '3.1.0',
    info: { title: 't', version: '1.0.0' },
    paths: {
      '/v1/x': {
        post: {
          requestBody: { content: { 'application/json': { schema: request } } },
          responses: { '200': { content: { 'application/json': { schema: response } } } },
          ...extra,
        },
      },
    },
  };
}
const object = (properties: Node, required: string[] = []): Node => ({
  type: 'object',
  properties,
  required,
});
const str = { type: 'string' };
const REQ = 'POST /v1/x request application/json';
const RES = 'POST /v1/x response 200 application/json';

describe('breakingChanges, rule by rule', () => {
  const base = api(object({ a: str }), object({ id: str }, ['id']));

  it('a removed path or operation', () => {
    expect(breakingChanges(base, { ...base, paths: {} })).toEqual(['/v1/x: path removed']);
    expect(breakingChanges(base, { ...base, paths: { '/v1/x': {} } })).toEqual([
      'POST /v1/x: operation removed',
    ]);
  });

  it('a removed or newly required request field; a new optional one is fine', () => {
    expect(breakingChanges(base, api(object({}), object({ id: str }, ['id'])))).toEqual([
      `${REQ}.a: request property removed`,
    ]);
    expect(
      breakingChanges(base, api(object({ a: str }, ['a']), object({ id: str }, ['id']))),
    ).toEqual([`${REQ}.a: now required`]);
    expect(
      breakingChanges(base, api(object({ a: str, b: str }), object({ id: str }, ['id']))),
    ).toEqual([]);
  });

  it('a removed response field, or one no longer required; a new one is fine', () => {
    expect(breakingChanges(base, api(object({ a: str }), object({})))).toEqual([
      `${RES}.id: response property removed`,
    ]);
    expect(breakingChanges(base, api(object({ a: str }), object({ id: str })))).toEqual([
      `${RES}.id: no longer required (may be omitted)`,
    ]);
    expect(
      breakingChanges(base, api(object({ a: str }), object({ id: str, n: str }, ['id']))),
    ).toEqual([]);
  });

  it('a removed status code, media type or response header', () => {
    const withHeader = api(object({ a: str }), object({ id: str }, ['id']), {
      responses: {
        '200': { headers: { 'Retry-After': { schema: str } }, content: { 'application/json': {} } },
        '404': { content: { 'application/problem+json': {} } },
      },
    });
    const without = api(object({ a: str }), object({ id: str }, ['id']), {
      responses: { '200': { content: { 'text/plain': {} } } },
    });
    expect(breakingChanges(withHeader, without)).toEqual([
      'POST /v1/x response 200 header Retry-After: removed',
      'POST /v1/x response 200 application/json: removed',
      'POST /v1/x response 404: removed',
    ]);
  });

  it('a narrowed request enum; a widened one is fine both ways', () => {
    const kinds = (values: string[]) =>
      api(object({ k: { type: 'string', enum: values } }), object({ k: { enum: values } }));
    expect(breakingChanges(kinds(['a', 'b']), kinds(['a']))).toEqual([
      `${REQ}.k: value "b" removed`,
      `${RES}.k: value "b" removed`,
    ]);
    expect(breakingChanges(kinds(['a']), kinds(['a', 'b']))).toEqual([]);
    expect(
      breakingChanges(
        base,
        api(object({ a: { type: 'string', enum: ['x'] } }), object({ id: str }, ['id'])),
      ),
    ).toEqual([`${REQ}.a: now limited to ["x"]`]);
  });

  it('a changed type: a request that accepts less, a response that may send more', () => {
    const typed = (request: unknown, response: unknown) =>
      api(object({ n: { type: request } }), object({ n: { type: response } }));
    expect(breakingChanges(typed('number', 'integer'), typed('integer', 'number'))).toEqual([
      `${REQ}.n: no longer accepts type number`,
      `${RES}.n: may now be of type number`,
    ]);
    expect(breakingChanges(typed('string', 'string'), typed('string', ['string', 'null']))).toEqual(
      [`${RES}.n: may now be of type null`],
    );
    expect(breakingChanges(typed('integer', 'number'), typed('number', 'integer'))).toEqual([]);
  });

  it('a new required parameter or request body, a removed parameter', () => {
    const param = (required: boolean) => ({
      parameters: [{ name: 'limit', in: 'query', required, schema: { type: 'integer' } }],
    });
    const noBody = { requestBody: undefined };
    expect(
      breakingChanges(base, api(object({ a: str }), object({ id: str }, ['id']), param(true))),
    ).toEqual(['POST /v1/x parameter query limit: now required']);
    expect(
      breakingChanges(api(object({}), object({}), param(false)), api(object({}), object({}))),
    ).toEqual(['POST /v1/x parameter query limit: removed']);
    const required = {
      requestBody: { required: true, content: { 'application/json': { schema: object({}) } } },
    };
    expect(
      breakingChanges(api(object({}), object({}), noBody), api(object({}), object({}), required)),
    ).toEqual(['POST /v1/x request body: now required']);
  });

  it('follows $ref, allOf and oneOf variants (a removed variant breaks, a new one does not)', () => {
    const doc = (variants: Node[], extra: Node) => ({
      ...api(object({}), { $ref: '#/components/schemas/Rule' }),
      components: {
        schemas: {
          Base: object({ id: str }, ['id']),
          Rule: { oneOf: variants },
          Order: {
            allOf: [
              { $ref: '#/components/schemas/Base' },
              object({ kind: { const: 'order' }, ...extra }),
            ],
          },
          Review: object({ kind: { const: 'review' } }),
        },
      },
    });
    const order = { $ref: '#/components/schemas/Order' };
    const review = { $ref: '#/components/schemas/Review' };
    expect(breakingChanges(doc([order, review], { x: str }), doc([order, review], {}))).toEqual([
      `${RES}<#/components/schemas/Order>.x: response property removed`,
    ]);
    expect(breakingChanges(doc([order, review], {}), doc([order], {}))).toEqual([
      `${RES}: variant #/components/schemas/Review removed`,
    ]);
    expect(breakingChanges(doc([order], {}), doc([order, review], {}))).toEqual([]);
  });
});
