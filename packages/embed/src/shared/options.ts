/** Reading the script tag's options: shared by the entry (config.ts) and the backend chunk (theme-options.ts). */

/** A parsed value, or `undefined` when the input is invalid. */
export type Parse<T> = (value: unknown) => T | undefined;

/** A parser with a description of valid input, for the problem report. */
export interface Parser<T> {
  parse: Parse<T>;
  expected: string;
}

export const nonEmpty: Parse<string> = (value) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

export const text: Parser<string> = { parse: nonEmpty, expected: 'a non-empty string' };

export const choice = <T extends string>(values: readonly T[]): Parser<T> => ({
  parse: (value) => values.find((v) => v === value),
  expected: `one of ${values.join(', ')}`,
});

/**
 * Copies the own enumerable options of `source` into `into`, reading each
 * once. The host page's object may throw from a getter, a Proxy trap or be no
 * object at all: what cannot be read is left out, so its default applies.
 * False when something could not be read.
 */
export function copyOptions(source: unknown, into: Record<string, unknown>): boolean {
  let complete = true;
  try {
    for (const key of Object.keys(source as object)) {
      try {
        into[key] = (source as Record<string, unknown>)[key];
      } catch {
        complete = false;
      }
    }
  } catch {
    complete = false;
  }
  return complete;
}

/** A value as a report shows it; never throws (the host's object may have a throwing `toString`). */
export function shown(value: unknown): string {
  try {
    return String(value);
  } catch {
    return `(${typeof value})`;
  }
}

/** `brandColor` → `data-brand-color`, the form merchants write. */
export const attribute = (key: string) =>
  `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The report of an invalid option, `name` as the merchant wrote it (`data-shape`). */
export const invalid = (name: string, value: unknown, expected: string) =>
  `${name}="${shown(value)}" is invalid: expected ${expected}.`;
