/**
 * A tiny runtime validator. Every backend response passes through one of these
 * schemas before a widget sees it. No code generation and no `new Function`,
 * so it runs under a strict CSP; a few hundred bytes instead of a library.
 */

/** A schema returns the validated value or throws {@link SchemaError}. */
export interface Schema<T> {
  (value: unknown, path: string): T;
  readonly optional?: boolean;
}
type OptionalSchema<T> = Schema<T | undefined> & { readonly optional: true };
export type Infer<S> = S extends Schema<infer T> ? T : never;

/** Where a response did not match, e.g. `$.rewards[2].pointsPrice: expected integer`. */
export class SchemaError extends Error {
  override readonly name = 'SchemaError';
}

const mismatch = (path: string, expected: string, value: unknown): string =>
  `${path}: expected ${expected}, got ${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}`;

const fail = (path: string, expected: string, value: unknown): never => {
  throw new SchemaError(mismatch(path, expected, value));
};

const primitive =
  <T>(expected: string, test: (value: unknown) => boolean): (() => Schema<T>) =>
  () =>
  (value, path) =>
    test(value) ? (value as T) : fail(path, expected, value);

export const string = primitive<string>('string', (v) => typeof v === 'string');
export const number = primitive<number>('finite number', Number.isFinite);
export const integer = primitive<number>('integer', Number.isSafeInteger);
export const boolean = primitive<boolean>('boolean', (v) => typeof v === 'boolean');
/**
 * An RFC 3339 date-time (`2026-05-01T10:00:00Z`) that is a real instant, so
 * `Date` and `Intl` can use it: `2026-13-45T…` and date-only strings are not.
 */
export const timestamp = primitive<string>(
  'date-time',
  (v) =>
    typeof v === 'string' &&
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(v) &&
    Number.isFinite(Date.parse(v)),
);

/** One of a fixed set of string values. */
export const oneOf =
  <const T extends readonly string[]>(values: T): Schema<T[number]> =>
  (value, path) =>
    values.includes(value as string) ? (value as T[number]) : fail(path, values.join(' | '), value);

/** What the running {@link parse} has dropped so far; `undefined` outside one. */
let dropped: string[] | undefined;

/** `schema(value, path)`, and what it dropped, kept apart from the enclosing parse. */
function collect<T>(schema: Schema<T>, value: unknown, path: string): [T, string[]] {
  const outer = dropped;
  const inner: string[] = [];
  dropped = inner;
  try {
    return [schema(value, path), inner];
  } finally {
    dropped = outer;
  }
}

/**
 * The value, or `undefined` with the mismatch recorded: the caller leaves it
 * out. What a dropped value held is not recorded again, only the drop.
 */
function tolerate<T>(schema: Schema<T>, value: unknown, path: string): T | undefined {
  try {
    const [parsed, inner] = collect(schema, value, path);
    // One by one: spreading a huge list of drops would overflow the call stack.
    for (const message of inner) dropped?.push(message);
    return parsed;
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
    dropped?.push(error.message);
    return undefined;
  }
}

/**
 * Validates a whole response: the value, and what was dropped from it. What
 * does not match is dropped where the schema allows it (list items, optional
 * keys), one message naming the path per drop; a mismatch nothing absorbs
 * throws {@link SchemaError}.
 */
export const parse = <T>(schema: Schema<T>, value: unknown): [value: T, dropped: string[]] =>
  collect(schema, value, '$');

const absentOr = <T>(schema: Schema<T | undefined>): OptionalSchema<T> =>
  Object.assign(
    (value: unknown, path: string) => (value == null ? undefined : schema(value, path)),
    { optional: true as const },
  );

/**
 * A key that may be absent (or `null`, which is normalised to absent). A
 * value that does not match is dropped, as if absent: a backend's
 * `firstName: 42` costs the first name, not the customer.
 */
export const optional = <T>(schema: Schema<T>): OptionalSchema<T> =>
  absentOr((value, path) => tolerate(schema, value, path));

/**
 * A key that may be absent (or `null`), read like a required one when
 * present: a mismatch fails what holds it instead of reading as absent.
 */
export const omissible = <T>(schema: Schema<T>): OptionalSchema<T> => absentOr(schema);

/** `null`, or a value of `schema`. */
export const nullable =
  <T>(schema: Schema<T>): Schema<T | null> =>
  (value, path) =>
    value === null ? null : schema(value, path);

/**
 * An optional key whose absence would widen what its item offers (a tier
 * restriction, a minimum order, a cap, an exclusion): read whole or not at
 * all. Any mismatch inside fails the item holding it, which is then dropped
 * rather than offered without its condition.
 */
export const restriction = <T>(schema: Schema<T>): OptionalSchema<T> =>
  absentOr((value, path) => {
    const [parsed, inner] = collect(schema, value, path);
    if (inner[0]) throw new SchemaError(inner[0]);
    return parsed;
  });

/**
 * A list. Items that do not match are dropped, and so is an item repeating
 * an earlier item's `key` (the first wins); anything but an array reads as
 * an empty list. Each drop is recorded.
 */
export const array =
  <T>(item: Schema<T>, key?: keyof T & string): Schema<T[]> =>
  (value, path) => {
    const out: T[] = [];
    const seen = new Set<unknown>();
    if (!Array.isArray(value)) dropped?.push(mismatch(path, 'array', value));
    else
      value.forEach((v, i) => {
        const at = `${path}[${i}]`;
        const parsed = tolerate(item, v, at);
        if (parsed === undefined) return;
        const id = key && (parsed as Record<string, unknown>)[key];
        if (key && seen.has(id)) {
          dropped?.push(`${at}.${key}: repeated`);
          return;
        }
        seen.add(id);
        out.push(parsed);
      });
    return out;
  };

type Shape = Record<string, Schema<unknown>>;
type ObjectOf<S extends Shape> = {
  [K in keyof S as S[K] extends OptionalSchema<unknown> ? never : K]: Infer<S[K]>;
} & {
  [K in keyof S as S[K] extends OptionalSchema<unknown> ? K : never]?: Infer<S[K]>;
};
type Flatten<T> = { [K in keyof T]: T[K] } & {};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An object with known keys. Unknown keys are dropped, so extra backend fields never leak through. */
export const object =
  <S extends Shape>(shape: S): Schema<Flatten<ObjectOf<S>>> =>
  (value, path) => {
    if (!isRecord(value)) return fail(path, 'object', value);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const parsed = shape[key]!(value[key], `${path}.${key}`);
      if (parsed !== undefined) out[key] = parsed;
    }
    return out as Flatten<ObjectOf<S>>;
  };

/** A tagged union: `tag` picks which object schema applies. */
export const variant =
  <K extends string, M extends Record<string, Schema<object>>>(
    tag: K,
    members: M,
  ): Schema<{ [T in keyof M]: Infer<M[T]> & Record<K, T> }[keyof M]> =>
  (value, path) => {
    const kind = isRecord(value) ? value[tag] : undefined;
    const member =
      typeof kind === 'string' && Object.hasOwn(members, kind) ? members[kind] : undefined;
    if (!member) return fail(`${path}.${tag}`, Object.keys(members).join(' | '), kind);
    return { ...member(value, path), [tag]: kind } as never;
  };

/** Combines an object schema with another object schema's keys. */
export const intersect =
  <A extends object, B extends object>(a: Schema<A>, b: Schema<B>): Schema<A & B> =>
  (value, path) => ({ ...a(value, path), ...b(value, path) });
