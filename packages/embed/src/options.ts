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

/** `brandColor` → `data-brand-color`, the form merchants write. */
export const attribute = (key: string) =>
  `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The report of an invalid option, naming it as merchants write it. */
export const invalid = (key: string, value: unknown, expected: string) =>
  `${attribute(key)}="${String(value)}" is invalid: expected ${expected}.`;
