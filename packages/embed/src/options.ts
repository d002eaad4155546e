/** Validating the script tag's options: shared by the entry (config.ts) and the theme's (theme-options.ts). */

/** A parsed value, or `undefined` when the input is invalid; `expected` describes valid input. */
export interface Parser<T> {
  parse(value: unknown): T | undefined;
  expected: string;
}

export const text: Parser<string> = {
  parse: (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined),
  expected: 'a non-empty string',
};

export const choice = <T extends string>(values: readonly T[]): Parser<T> => ({
  parse: (value) => values.find((v) => v === value),
  expected: `one of ${values.join(', ')}`,
});

/** `brandColor` → `data-brand-color`, the form merchants write. */
export const attribute = (key: string) =>
  `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

type Parsed<P> = { [K in keyof P]?: P[K] extends Parser<infer T> ? T : never };

/** The valid values of `raw`, and one readable problem per invalid one (its default then applies). */
export function validate<P extends Record<string, Parser<unknown>>>(
  parsers: P,
  raw: Partial<Record<keyof P, unknown>>,
): { values: Parsed<P>; problems: string[] } {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const parser = parsers[key] as Parser<unknown>;
    const parsed = parser.parse(value);
    if (parsed === undefined) {
      problems.push(
        `${attribute(key)}="${String(value)}" is invalid: expected ${parser.expected}.`,
      );
    } else {
      values[key] = parsed;
    }
  }
  return { values: values as Parsed<P>, problems };
}
