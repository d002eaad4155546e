/**
 * A JSON Schema checker for the subset openapi.yaml uses, so the contract
 * test can validate real responses against the document itself rather than
 * against a copy. It refuses keywords it does not know: a schema it cannot
 * check fully must fail loudly, never pass quietly.
 *
 * Objects are closed: a property no schema in scope declares is an error.
 * The document tells implementers clients ignore unknown properties; the
 * test is stricter so that the mock engine cannot drift from the document.
 */

type JsonSchema = { readonly [keyword: string]: unknown };

/** Keywords that document but do not constrain. */
const ANNOTATIONS = new Set([
  'description',
  'summary',
  'title',
  'example',
  'examples',
  'default',
  'format',
  'discriminator',
]);
const CHECKED = new Set([
  '$ref',
  'allOf',
  'oneOf',
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'items',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'minLength',
  'maxLength',
  'pattern',
]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const typeOf = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
};

/** Validates values against schemas inside `document`, resolving local `$ref`s. */
export function createChecker(document: unknown) {
  function resolve(ref: string): JsonSchema {
    if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported: ${ref}`);
    let node: unknown = document;
    for (const part of ref.slice(2).split('/')) {
      node = isObject(node) ? node[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    }
    if (!isObject(node)) throw new Error(`unresolved $ref ${ref}`);
    return node;
  }

  /** The property names declared by a schema and everything it is composed of. */
  function declared(schema: JsonSchema, names = new Set<string>()): Set<string> {
    if (typeof schema.$ref === 'string') declared(resolve(schema.$ref), names);
    if (isObject(schema.properties))
      for (const name of Object.keys(schema.properties)) names.add(name);
    if (Array.isArray(schema.allOf))
      for (const part of schema.allOf) declared(part as JsonSchema, names);
    return names;
  }

  function check(
    schema: JsonSchema,
    value: unknown,
    path: string,
    errors: string[],
    closed = true,
  ) {
    const unknown = Object.keys(schema).filter((k) => !CHECKED.has(k) && !ANNOTATIONS.has(k));
    if (unknown.length) throw new Error(`${path}: unsupported keywords ${unknown.join(', ')}`);

    if (typeof schema.$ref === 'string') check(resolve(schema.$ref), value, path, errors, false);
    if (Array.isArray(schema.allOf)) {
      for (const part of schema.allOf) check(part as JsonSchema, value, path, errors, false);
    }
    if (Array.isArray(schema.oneOf)) {
      const outcomes = schema.oneOf.map((branch) => {
        const branchErrors: string[] = [];
        check(branch as JsonSchema, value, path, branchErrors);
        return branchErrors;
      });
      const matches = outcomes.filter((e) => e.length === 0).length;
      if (matches !== 1) {
        errors.push(`${path}: matches ${matches} of ${outcomes.length} oneOf branches`);
        // With no match, the closest branch's errors say what is wrong.
        if (matches === 0) {
          errors.push(...outcomes.reduce((a, b) => (b.length < a.length ? b : a)));
        }
      }
    }

    const actual = typeOf(value);
    if (schema.type !== undefined) {
      const allowed = ([] as unknown[]).concat(schema.type);
      const ok = allowed.includes(actual) || (actual === 'integer' && allowed.includes('number'));
      if (!ok) {
        errors.push(`${path}: expected ${allowed.join(' | ')}, got ${actual}`);
        return;
      }
    }
    if ('const' in schema && value !== schema.const) {
      errors.push(
        `${path}: expected ${JSON.stringify(schema.const)}, got ${JSON.stringify(value)}`,
      );
    }
    if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
      errors.push(`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
    }
    if (typeof value === 'number') {
      if (typeof schema.minimum === 'number' && value < schema.minimum)
        errors.push(`${path}: ${value} < minimum ${schema.minimum}`);
      if (typeof schema.maximum === 'number' && value > schema.maximum)
        errors.push(`${path}: ${value} > maximum ${schema.maximum}`);
      if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum)
        errors.push(`${path}: ${value} <= exclusiveMinimum ${schema.exclusiveMinimum}`);
    }
    if (typeof value === 'string') {
      if (typeof schema.minLength === 'number' && value.length < schema.minLength)
        errors.push(`${path}: shorter than ${schema.minLength}`);
      if (typeof schema.maxLength === 'number' && value.length > schema.maxLength)
        errors.push(`${path}: longer than ${schema.maxLength}`);
      if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
        errors.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
    }
    if (Array.isArray(value) && isObject(schema.items)) {
      const items = schema.items;
      value.forEach((item, i) => {
        check(items, item, `${path}[${i}]`, errors);
      });
    }
    if (isObject(value)) {
      if (Array.isArray(schema.required)) {
        for (const name of schema.required as string[]) {
          if (!(name in value)) errors.push(`${path}.${name}: required`);
        }
      }
      if (isObject(schema.properties)) {
        for (const [name, sub] of Object.entries(schema.properties)) {
          if (name in value) check(sub as JsonSchema, value[name], `${path}.${name}`, errors);
        }
      }
      if (closed) {
        const known = declared(schema);
        // Only schemas that describe an object's properties close it.
        if (known.size > 0) {
          for (const name of Object.keys(value)) {
            if (!known.has(name)) errors.push(`${path}.${name}: not in the document`);
          }
        }
      }
    }
  }

  return {
    resolve,
    /** Every way `value` breaks `schema`; empty when it conforms. */
    errors(schema: JsonSchema, value: unknown, path = '$'): string[] {
      const errors: string[] = [];
      check(schema, value, path, errors);
      return errors;
    },
  };
}
