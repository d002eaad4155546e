import { parse } from 'yaml';
import source from '../../openapi.yaml?raw';

// openapi.yaml as data, and the few lookups the contract test needs.

export type Node = Record<string, unknown>;

export const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const document: Node = parse(source);

export const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/** One operation of the document. */
export interface DocOperation {
  operationId: string;
  method: string;
  /** Path template as written, e.g. `/v1/me/redemptions/{id}`. */
  path: string;
  spec: Node;
}

/** `node` itself, or what its local `$ref` points at inside `root`. */
export function derefIn(root: Node, node: unknown): Node {
  if (!isNode(node)) throw new Error(`expected an object, got ${JSON.stringify(node)}`);
  if (typeof node.$ref !== 'string') return node;
  let target: unknown = root;
  for (const part of node.$ref.slice(2).split('/'))
    target = isNode(target) ? target[part.replaceAll('~1', '/').replaceAll('~0', '~')] : undefined;
  return derefIn(root, target);
}

/** `node` itself, or what its `$ref` points at in openapi.yaml. */
export const deref = (node: unknown): Node => derefIn(document, node);

export function operations(): DocOperation[] {
  const paths = deref(document.paths);
  return Object.entries(paths).flatMap(([path, item]) =>
    METHODS.filter((method) => isNode(deref(item)[method])).map((method) => {
      const spec = deref(item)[method] as Node;
      return { operationId: String(spec.operationId), method: method.toUpperCase(), path, spec };
    }),
  );
}

/** The operation a request went to, matching `{param}` segments. */
export function operationFor(method: string, pathname: string): DocOperation | undefined {
  return operations().find((op) => {
    if (op.method !== method) return false;
    const pattern = op.path.replace(/\{[^}]+\}/g, '[^/]+');
    return new RegExp(`^${pattern}$`).test(pathname);
  });
}

/** The documented response for a status: the exact code, else its `5XX`-style range. */
export function responseFor(op: DocOperation, status: number): Node | undefined {
  const responses = deref(op.spec.responses);
  const spec = responses[String(status)] ?? responses[`${String(status)[0]}XX`];
  return spec === undefined ? undefined : deref(spec);
}

/** Every media type of a request body or response, with its schema and its examples. */
export function mediaTypes(
  holder: Node,
): { type: string; schema: Node; examples: [string, unknown][] }[] {
  const content = holder.content;
  if (!isNode(content)) return [];
  return Object.entries(content).map(([type, media]) => {
    const node = deref(media);
    const examples = isNode(node.examples)
      ? Object.entries(node.examples).map(([name, ex]): [string, unknown] => [
          name,
          deref(ex).value,
        ])
      : [];
    return { type, schema: deref(node.schema), examples };
  });
}

/** Every `$ref` string anywhere in the document. */
export function allRefs(node: unknown = document, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) allRefs(item, found);
  else if (isNode(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else allRefs(value, found);
    }
  }
  return found;
}
