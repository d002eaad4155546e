import { derefIn, isNode, METHODS, type Node } from './openapi.ts';

// Breaking changes between the released Storefront API document and the
// current one, read from the documents' structure. No registry diff tool
// reads OpenAPI 3.1 offline (see the client README, "API versions").
//
// "Breaking" is judged from a client's side: a client written against the
// released document must keep working against a backend that implements the
// current one. So a request may accept more and a response may send more
// (clients ignore unknown properties and enum values, as the document
// promises), but nothing a client sends may be refused and nothing it reads
// may go missing or change type.

/** Who writes the value: the client (request) or the backend (response). */
type Direction = 'request' | 'response';

/** A schema with its `allOf` members folded in: what a value must satisfy. */
interface View {
  /** Allowed JSON types; undefined when any type is allowed. */
  types?: Set<string>;
  /** Allowed values (`enum`, `const`); undefined when any value is allowed. */
  values?: unknown[];
  properties: Map<string, unknown[]>;
  required: Set<string>;
  items: unknown[];
  variants?: unknown[];
}

const intersect = <T>(a: T[] | undefined, b: T[]): T[] =>
  a === undefined ? b : a.filter((x) => b.some((y) => JSON.stringify(x) === JSON.stringify(y)));

function view(root: Node, schema: unknown, into: View = emptyView()): View {
  const node = derefIn(root, schema);
  if (node.type !== undefined) {
    const types = new Set(Array.isArray(node.type) ? node.type.map(String) : [String(node.type)]);
    into.types = into.types ? new Set([...into.types].filter((t) => types.has(t))) : types;
  }
  if (Array.isArray(node.enum)) into.values = intersect(into.values, node.enum);
  if ('const' in node) into.values = intersect(into.values, [node.const]);
  if (isNode(node.properties))
    for (const [name, property] of Object.entries(node.properties))
      into.properties.set(name, [...(into.properties.get(name) ?? []), property]);
  if (Array.isArray(node.required)) for (const name of node.required) into.required.add(name);
  if (node.items !== undefined) into.items.push(node.items);
  const variants = node.oneOf ?? node.anyOf;
  if (Array.isArray(variants)) into.variants = variants;
  if (Array.isArray(node.allOf)) for (const member of node.allOf) view(root, member, into);
  return into;
}

function emptyView(): View {
  return { properties: new Map(), required: new Set(), items: [] };
}

/** `integer` values are `number` values too. */
const accepts = (types: Set<string> | undefined, type: string): boolean =>
  types === undefined || types.has(type) || (type === 'integer' && types.has('number'));

/** How a `oneOf` variant is recognised across the two documents. */
function variantKey(root: Node, variant: unknown, index: number): string {
  if (isNode(variant) && typeof variant.$ref === 'string') return variant.$ref;
  for (const [name, schemas] of view(root, variant).properties) {
    const constant = schemas.map((s) => derefIn(root, s)).find((s) => 'const' in s);
    if (constant) return `${name}=${JSON.stringify(constant.const)}`;
  }
  return `#${index}`;
}

const show = (value: unknown) => JSON.stringify(value);

class Comparison {
  readonly found: string[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly released: Node,
    private readonly current: Node,
  ) {}

  schema(where: string, before: unknown, after: unknown, direction: Direction): void {
    const key = `${direction} ${show(before)} ${show(after)}`;
    if (this.seen.has(key)) return; // recursive schemas, or one schema met twice
    this.seen.add(key);
    const a = view(this.released, before);
    const b = view(this.current, after);

    if (direction === 'request') {
      for (const type of a.types ?? ['any'])
        if (type === 'any' ? b.types !== undefined : !accepts(b.types, type))
          this.found.push(`${where}: no longer accepts type ${type}`);
    } else {
      for (const type of b.types ?? ['any'])
        if (type === 'any' ? a.types !== undefined : !accepts(a.types, type))
          this.found.push(`${where}: may now be of type ${type}`);
    }

    // Added values are fine both ways (clients ignore unknown enum values);
    // a removed one is not: a client may send it, or branch on it.
    if (b.values !== undefined) {
      if (a.values === undefined) {
        if (direction === 'request') this.found.push(`${where}: now limited to ${show(b.values)}`);
      } else
        for (const value of a.values)
          if (intersect(b.values, [value]).length === 0)
            this.found.push(`${where}: value ${show(value)} removed`);
    }

    for (const [name, schemas] of a.properties) {
      const next = b.properties.get(name);
      if (next === undefined) this.found.push(`${where}.${name}: ${direction} property removed`);
      else this.schema(`${where}.${name}`, { allOf: schemas }, { allOf: next }, direction);
    }
    if (direction === 'request') {
      for (const name of b.required)
        if (!a.required.has(name)) this.found.push(`${where}.${name}: now required`);
    } else {
      for (const name of a.required)
        if (!b.required.has(name) && b.properties.has(name))
          this.found.push(`${where}.${name}: no longer required (may be omitted)`);
    }

    if (a.items.length > 0 && b.items.length > 0)
      this.schema(`${where}[]`, { allOf: a.items }, { allOf: b.items }, direction);

    if (a.variants && b.variants) {
      const next = new Map(b.variants.map((v, i) => [variantKey(this.current, v, i), v]));
      a.variants.forEach((variant, index) => {
        const key = variantKey(this.released, variant, index);
        const match = next.get(key);
        if (match === undefined) this.found.push(`${where}: variant ${key} removed`);
        else this.schema(`${where}<${key}>`, variant, match, direction);
      });
    }
  }

  /** Media types of a request body or response, each with its schema. */
  content(where: string, before: Node, after: Node, direction: Direction): void {
    const a = isNode(before.content) ? before.content : {};
    const b = isNode(after.content) ? after.content : {};
    for (const [type, media] of Object.entries(a)) {
      if (!(type in b)) {
        this.found.push(`${where} ${type}: removed`);
        continue;
      }
      const schemaA = derefIn(this.released, media).schema;
      const schemaB = derefIn(this.current, b[type]).schema;
      if (schemaA !== undefined && schemaB !== undefined)
        this.schema(`${where} ${type}`, schemaA, schemaB, direction);
    }
  }

  parameters(pathItem: Node, operation: Node, root: Node): Map<string, Node> {
    const all = [pathItem.parameters, operation.parameters].flatMap((list) =>
      Array.isArray(list) ? list.map((p) => derefIn(root, p)) : [],
    );
    return new Map(all.map((p) => [`${p.in} ${p.name}`, p]));
  }

  operation(where: string, itemA: Node, itemB: Node, method: string): void {
    const a = derefIn(this.released, itemA[method]);
    const b = derefIn(this.current, itemB[method]);

    const paramsA = this.parameters(itemA, a, this.released);
    const paramsB = this.parameters(itemB, b, this.current);
    for (const [key, param] of paramsA) {
      const next = paramsB.get(key);
      if (next === undefined) this.found.push(`${where} parameter ${key}: removed`);
      else if (param.schema !== undefined && next.schema !== undefined)
        this.schema(`${where} parameter ${key}`, param.schema, next.schema, 'request');
    }
    for (const [key, param] of paramsB)
      if (param.required === true && paramsA.get(key)?.required !== true)
        this.found.push(`${where} parameter ${key}: now required`);

    const bodyA = a.requestBody === undefined ? undefined : derefIn(this.released, a.requestBody);
    const bodyB = b.requestBody === undefined ? undefined : derefIn(this.current, b.requestBody);
    if (bodyB?.required === true && bodyA?.required !== true)
      this.found.push(`${where} request body: now required`);
    if (bodyA && !bodyB) this.found.push(`${where} request body: removed`);
    if (bodyA && bodyB) this.content(`${where} request`, bodyA, bodyB, 'request');

    const responsesA = derefIn(this.released, a.responses ?? {});
    const responsesB = derefIn(this.current, b.responses ?? {});
    for (const [status, response] of Object.entries(responsesA)) {
      if (!(status in responsesB)) {
        this.found.push(`${where} response ${status}: removed`);
        continue;
      }
      const respA = derefIn(this.released, response);
      const respB = derefIn(this.current, responsesB[status]);
      const headersB = isNode(respB.headers) ? respB.headers : {};
      for (const header of Object.keys(isNode(respA.headers) ? respA.headers : {}))
        if (!(header in headersB))
          this.found.push(`${where} response ${status} header ${header}: removed`);
      this.content(`${where} response ${status}`, respA, respB, 'response');
    }
  }
}

/**
 * Every change from `released` to `current` after which a client written
 * against `released` can fail, as readable lines (`GET /v1/me response 200
 * application/json.balance: response property removed`). Empty when the
 * change is additive.
 */
export function breakingChanges(released: Node, current: Node): string[] {
  const comparison = new Comparison(released, current);
  const pathsA = derefIn(released, released.paths ?? {});
  const pathsB = derefIn(current, current.paths ?? {});
  for (const [path, item] of Object.entries(pathsA)) {
    const itemA = derefIn(released, item);
    if (!(path in pathsB)) {
      comparison.found.push(`${path}: path removed`);
      continue;
    }
    const itemB = derefIn(current, pathsB[path]);
    for (const method of METHODS.filter((m) => isNode(itemA[m]))) {
      const where = `${method.toUpperCase()} ${path}`;
      if (!isNode(itemB[method])) comparison.found.push(`${where}: operation removed`);
      else comparison.operation(where, itemA, itemB, method);
    }
  }
  return [...new Set(comparison.found)];
}

function major(document: Node, name: string): number {
  const version = isNode(document.info) ? document.info.version : undefined;
  const match = typeof version === 'string' ? /^(\d+)\.\d+\.\d+/.exec(version) : null;
  if (!match) throw new Error(`${name}: info.version ${show(version)} is not a semantic version`);
  return Number(match[1]);
}

/**
 * Why `current` cannot be released after `released`: its breaking changes,
 * unless its `info.version` major is greater than the released one's.
 * Empty when it can.
 */
export function releaseProblems(released: Node, current: Node): string[] {
  const before = major(released, 'the released document');
  const after = major(current, 'the current document');
  if (after < before) return [`info.version major went down from ${before} to ${after}`];
  if (after > before) return [];
  return breakingChanges(released, current).map(
    (change) => `${change} (breaking: raise info.version to ${before + 1}.0.0)`,
  );
}
