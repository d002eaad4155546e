/**
 * JSON text for a request body, built without `JSON.stringify` on objects.
 *
 * Host pages patch `Array.prototype.toJSON` or `Object.prototype.toJSON`
 * (old Prototype.js, analytics shims), and `JSON.stringify` calls any
 * `toJSON` it finds, so a cart could reach the server as a string. Only
 * primitives go through `JSON.stringify`, which never looks up `toJSON` on
 * them. Request bodies are plain data: objects, arrays, strings, numbers,
 * booleans, null; `undefined` object keys are omitted as JSON would.
 */
export function toJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => toJson(item ?? null)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const members: string[] = [];
    for (const key of Object.keys(value)) {
      const item: unknown = (value as Record<string, unknown>)[key];
      if (item !== undefined) members.push(`${JSON.stringify(key)}:${toJson(item)}`);
    }
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
