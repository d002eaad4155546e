// The vendored Voucherify OpenAPI documents (vendor/, see vendor/NOTICE) as
// the fake server uses them: operations found by method and path, their
// embedded examples, and a validator for every request and response body.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/** The vendored documents, by file name without `.json`. */
export const DOCUMENTS = ['loyalties', 'campaigns', 'redemptions', 'customers', 'events'] as const;
export type DocumentName = (typeof DOCUMENTS)[number];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface MediaType {
  schema?: JsonObject;
  examples?: Record<string, { value: Json }>;
}
interface OperationObject {
  operationId: string;
  requestBody?: { content?: Record<string, MediaType> };
  responses: Record<string, { content?: Record<string, MediaType> }>;
}

/** One operation of a vendored document. */
export interface Operation {
  id: string;
  method: string;
  /** The path template, `/v1/loyalties/{campaignId}/members/{memberId}`. */
  template: string;
  document: DocumentName;
  object: OperationObject;
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where vendor/ is: two levels up from src/test/, one from dist/. */
function vendorDirectory(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++) {
    if (existsSync(join(directory, 'vendor', 'NOTICE'))) return join(directory, 'vendor');
    directory = dirname(directory);
  }
  throw new Error('packages/voucherify/vendor/ not found');
}

/**
 * How the documents' OpenAPI 3.0 schemas are read as JSON Schema. Three
 * readings, each forced by the documents themselves (their own examples fail
 * a literal reading; see the README, "How the fake stays honest"):
 * 1. `nullable: true` without a `type` allows `null` (Ajv refuses the form).
 * 2. An optional property may be `null`: the examples send `null` for absent
 *    optional values throughout (`category: null` on every voucher).
 * 3. A `required` name the same schema does not declare among its
 *    `properties` is not required (`RedemptionRewardResult` requires a
 *    `reward` property it never defines).
 * Everything else is checked as written, formats included.
 */
export function readSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(readSchema);
  if (!isObject(node)) return node;
  let out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example' || key === 'enum' || key === 'default') out[key] = value;
    // Property names are names, not keywords: a property called `example` is a schema.
    else if (key === 'properties' && isObject(value))
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, readSchema(v)]));
    else out[key] = readSchema(value);
  }
  if (out.nullable === true && out.type === undefined) {
    const { nullable: _, ...rest } = out;
    out = { anyOf: [rest, { type: 'null' }] };
  }
  const properties = out.properties;
  if (isObject(properties)) {
    const required = Array.isArray(out.required)
      ? out.required.filter((name) => typeof name === 'string' && name in properties)
      : [];
    if (Array.isArray(out.required)) out.required = required;
    for (const [name, schema] of Object.entries(properties)) {
      if (!required.includes(name)) properties[name] = { anyOf: [schema, { type: 'null' }] };
    }
  }
  return out;
}

/** `#/components/...` → `<document>#/components/...`, for a schema compiled outside its document. */
function anchored(node: Json, document: DocumentName): Json {
  if (Array.isArray(node)) return node.map((item) => anchored(item, document));
  if (!isObject(node)) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#')
        ? `${document}${value}`
        : anchored(value, document),
    ]),
  );
}

const literalSegments = (template: string) =>
  template.split('/').filter((segment) => segment && !segment.startsWith('{')).length;

/** The vendored documents, loaded once per process (they are 2.4 MB of JSON). */
export class Spec {
  readonly operations: Operation[] = [];
  readonly #ajv = new Ajv({ strict: false, allErrors: true });
  readonly #compiled = new Map<string, ValidateFunction>();
  readonly #byId = new Map<string, Operation>();

  constructor() {
    // ajv-formats is CommonJS: its function is the module's default export's default.
    const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule })
      .default;
    (addFormats ?? addFormatsModule)(this.#ajv);
    const directory = vendorDirectory();
    for (const name of DOCUMENTS) {
      const document = JSON.parse(readFileSync(join(directory, `${name}.json`), 'utf8')) as {
        paths: Record<string, Record<string, OperationObject>>;
        components: Json;
      };
      this.#ajv.addSchema({ components: readSchema(document.components) }, name);
      for (const [template, item] of Object.entries(document.paths)) {
        for (const [method, object] of Object.entries(item)) {
          if (!object.operationId) continue;
          const operation = { id: object.operationId, method: method.toUpperCase(), template };
          this.operations.push({ ...operation, document: name, object });
          this.#byId.set(object.operationId, { ...operation, document: name, object });
        }
      }
    }
    // A path such as /v1/loyalties/members/x matches templates with fewer literals too.
    this.operations.sort((a, b) => literalSegments(b.template) - literalSegments(a.template));
  }

  /** The operation answering `method pathname`, with its path parameters (decoded). */
  find(method: string, pathname: string): { operation: Operation; params: Record<string, string> } {
    const segments = pathname.split('/');
    for (const operation of this.operations) {
      if (operation.method !== method) continue;
      const parts = operation.template.split('/');
      if (parts.length !== segments.length) continue;
      const params: Record<string, string> = {};
      const fits = parts.every((part, i) => {
        const segment = segments[i] ?? '';
        if (!part.startsWith('{')) return part === segment;
        params[part.slice(1, -1)] = decodeURIComponent(segment);
        return segment.length > 0;
      });
      if (fits) return { operation, params };
    }
    throw new Error(`No operation of the vendored documents answers ${method} ${pathname}`);
  }

  operation(id: string): Operation {
    const operation = this.#byId.get(id);
    if (!operation) throw new Error(`No operation ${id} in the vendored documents`);
    return operation;
  }

  /** A copy of an embedded response example: the named one, else the first. */
  example(id: string, status: number, name?: string): Json {
    const examples = this.#media(this.operation(id).object.responses[String(status)])?.examples;
    const chosen = name === undefined ? Object.values(examples ?? {})[0] : examples?.[name];
    if (!chosen) throw new Error(`${id} has no ${status} example${name ? ` "${name}"` : ''}`);
    return structuredClone(chosen.value);
  }

  /** A copy of an embedded request example. */
  requestExample(id: string, name: string): Json {
    const chosen = this.#media(this.operation(id).object.requestBody)?.examples?.[name];
    if (!chosen) throw new Error(`${id} has no request example "${name}"`);
    return structuredClone(chosen.value);
  }

  /**
   * What is wrong with a response body, by the document's schema for it;
   * empty when it conforms. An error status the operation does not document
   * is held to the document's `Error` schema, the shape of every error it
   * does document.
   */
  responseMismatches(id: string, status: number, body: unknown): string[] {
    const operation = this.operation(id);
    const schema =
      this.#media(operation.object.responses[String(status)])?.schema ??
      (status >= 400 ? { $ref: '#/components/schemas/Error' } : undefined);
    if (!schema) return [`${id} documents no JSON ${status} response`];
    return this.#check(`${id} ${status}`, operation.document, schema, body);
  }

  /** What is wrong with a request body, by the document's schema for it. */
  requestMismatches(id: string, body: unknown): string[] {
    const operation = this.operation(id);
    const schema = this.#media(operation.object.requestBody)?.schema;
    if (!schema) return body === undefined ? [] : [`${id} takes no JSON body`];
    return this.#check(`${id} request`, operation.document, schema, body);
  }

  #media(holder: { content?: Record<string, MediaType> } | undefined): MediaType | undefined {
    return holder?.content?.['application/json'];
  }

  #check(key: string, document: DocumentName, schema: JsonObject, body: unknown): string[] {
    let validate = this.#compiled.get(key);
    if (!validate) {
      validate = this.#ajv.compile(anchored(readSchema(schema), document) as JsonObject);
      this.#compiled.set(key, validate);
    }
    if (validate(body)) return [];
    // anyOf/oneOf wrappers repeat their branches' errors; the leaves say what is wrong.
    return [
      ...new Set(
        (validate.errors ?? [])
          .filter((error) => !['anyOf', 'oneOf', 'allOf'].includes(error.keyword))
          .filter((error) => !(error.keyword === 'type' && error.params.type === 'null'))
          .map((error) => `${error.instancePath || '/'} ${error.message}`),
      ),
    ];
  }
}

let shared: Spec | undefined;

/** The documents, parsed once per process. */
export const spec = (): Spec => {
  shared ??= new Spec();
  return shared;
};
