// Reading and shaping the documents' example objects without `any`.

/** A JSON object as the examples hold them. */
export type Obj = Record<string, unknown>;

export const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `value` as an object; the fake's seed relies on the examples' shapes, so anything else is a bug. */
export function obj(value: unknown, what = 'value'): Obj {
  if (!isObj(value)) throw new Error(`fake: expected ${what} to be an object`);
  return value;
}

/** `value` as a list of objects. */
export function objs(value: unknown, what = 'value'): Obj[] {
  if (!Array.isArray(value)) throw new Error(`fake: expected ${what} to be a list`);
  return value.map((item) => obj(item, `an item of ${what}`));
}

/** A string property. */
export function str(value: Obj, key: string): string {
  const found = value[key];
  if (typeof found !== 'string') throw new Error(`fake: expected ${key} to be a string`);
  return found;
}

/** A number property, 0 when absent or null. */
export const num = (value: Obj, key: string): number =>
  typeof value[key] === 'number' ? (value[key] as number) : 0;
