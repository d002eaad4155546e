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

const fail = (path: string, expected: string, value: unknown): never => {
  const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  throw new SchemaError(`${path}: expected ${expected}, got ${got}`);
};

const primitive =
  <T>(expected: string, test: (value: unknown) => boolean): (() => Schema<T>) =>
  () =>
  (value, path) =>
    test(value) ? (value as T) : fail(path, expected, value);

export const string = primitive<string>('string', (v) => typeof v === 'string');
export const number = primitive<number>('finite number', Number.isFinite);
export const integer = primitive<number>('integer', Number.isSafeInteger);

/** One of a fixed set of string values. */
export const oneOf =
  <const T extends readonly string[]>(values: T): Schema<T[number]> =>
  (value, path) =>
    values.includes(value as string) ? (value as T[number]) : fail(path, values.join(' | '), value);

/** A key that may be absent (or `null`, which is normalised to absent). */
export const optional = <T>(schema: Schema<T>): OptionalSchema<T> =>
  Object.assign(
    (value: unknown, path: string) => (value == null ? undefined : schema(value, path)),
    { optional: true as const },
  );

export const array =
  <T>(item: Schema<T>): Schema<T[]> =>
  (value, path) =>
    Array.isArray(value)
      ? value.map((v, i) => item(v, `${path}[${i}]`))
      : fail(path, 'array', value);

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
