import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleOf, FIXTURES } from './examples.ts';

const source = readFileSync(new URL('../vendor/api.ts', import.meta.url), 'utf8');

describe('the fixtures', () => {
  for (const [file, schema] of Object.entries(FIXTURES)) {
    it(`${file} is the document's @example of ${schema}`, () => {
      const url = new URL(`fixtures/${file}`, import.meta.url);
      const example = exampleOf(source, schema);
      if (process.env.LK_WRITE_FIXTURES)
        writeFileSync(url, `${JSON.stringify(example, null, 2)}\n`);
      expect(JSON.parse(readFileSync(url, 'utf8'))).toEqual(example);
    });
  }

  it('are read from the block that documents the schema, not a neighbour', () => {
    const example = exampleOf(source, 'CustomersGetCustomerResponseBody') as Record<
      string,
      unknown
    >;
    expect(Object.keys(example)).toEqual([
      'channel',
      'currency',
      'language',
      'customer',
      'configuration',
    ]);
    expect(() => exampleOf(source, 'CustomerEnrolled')).toThrow(/no @example/);
  });
});
