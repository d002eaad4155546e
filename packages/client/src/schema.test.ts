import { describe, expect, it } from 'vitest';
import { RESPONSE_SCHEMAS } from './contract-schemas.ts';
import {
  array,
  integer,
  intersect,
  number,
  object,
  oneOf,
  optional,
  SchemaError,
  string,
  variant,
} from './schema.ts';

describe('object', () => {
  const person = object({ name: string(), age: integer() });

  it('returns the known keys and drops unknown ones', () => {
    const parsed = person({ name: 'Maya', age: 30, isAdmin: true, __html: '<b>' }, '$');
    expect(parsed).toEqual({ name: 'Maya', age: 30 });
    expect(Object.keys(parsed)).toEqual(['name', 'age']);
  });

  it('rejects non-objects, arrays and null', () => {
    expect(() => person(null, '$')).toThrow('$: expected object, got null');
    expect(() => person([], '$')).toThrow('$: expected object, got array');
    expect(() => person('x', '$')).toThrow('$: expected object, got string');
  });

  it('rejects a missing required key, naming it', () => {
    expect(() => person({ name: 'Maya' }, '$')).toThrow('$.age: expected integer, got undefined');
  });
});

describe('optional', () => {
  const shape = object({ id: string(), note: optional(string()) });

  it('accepts an absent key and leaves it absent', () => {
    const parsed = shape({ id: 'a' }, '$');
    expect(parsed).toEqual({ id: 'a' });
    expect('note' in parsed).toBe(false);
  });

  it('accepts null and normalises it to absent', () => {
    const parsed = shape({ id: 'a', note: null }, '$');
    expect('note' in parsed).toBe(false);
  });

  it('still validates a present value', () => {
    expect(shape({ id: 'a', note: 'hi' }, '$')).toEqual({ id: 'a', note: 'hi' });
    expect(() => shape({ id: 'a', note: 5 }, '$')).toThrow('$.note: expected string, got number');
  });
});

describe('primitives', () => {
  it('integer refuses fractions, numeric strings and NaN', () => {
    expect(integer()(500, '$')).toBe(500);
    expect(() => integer()(1.5, '$')).toThrow(SchemaError);
    expect(() => integer()('500', '$')).toThrow('$: expected integer, got string');
    expect(() => integer()(Number.NaN, '$')).toThrow(SchemaError);
  });

  it('number refuses Infinity', () => {
    expect(number()(1.25, '$')).toBe(1.25);
    expect(() => number()(Number.POSITIVE_INFINITY, '$')).toThrow(SchemaError);
  });

  it('oneOf accepts only listed values', () => {
    const kind = oneOf(['order', 'signup'] as const);
    expect(kind('signup', '$.kind')).toBe('signup');
    expect(() => kind('hack', '$.kind')).toThrow('$.kind: expected order | signup, got string');
  });
});

describe('variant', () => {
  const shape = variant('kind', {
    percent: object({ percent: number() }),
    fixed: object({ amount: integer() }),
  });

  it('picks the member by its tag and keeps the tag', () => {
    expect(shape({ kind: 'percent', percent: 10, amount: 5 }, '$')).toEqual({
      kind: 'percent',
      percent: 10,
    });
    expect(shape({ kind: 'fixed', amount: 500 }, '$')).toEqual({ kind: 'fixed', amount: 500 });
  });

  it('validates against the chosen member only', () => {
    expect(() => shape({ kind: 'fixed', percent: 10 }, '$')).toThrow(
      '$.amount: expected integer, got undefined',
    );
  });

  it('rejects unknown or missing tags, and inherited property names', () => {
    expect(() => shape({ kind: 'bogus' }, '$')).toThrow('$.kind: expected percent | fixed');
    expect(() => shape({}, '$')).toThrow('$.kind: expected percent | fixed, got undefined');
    expect(() => shape({ kind: 'toString' }, '$')).toThrow(SchemaError);
    expect(() => shape(null, '$')).toThrow(SchemaError);
  });
});

describe('nested paths', () => {
  it('array and intersect report the JSON path of the bad value', () => {
    const item = intersect(object({ id: string() }), object({ qty: integer() }));
    const list = object({ items: array(item) });
    expect(() =>
      list(
        {
          items: [
            { id: 'a', qty: 1 },
            { id: 'b', qty: 'two' },
          ],
        },
        '$',
      ),
    ).toThrow('$.items[1].qty: expected integer, got string');
  });

  it('a programme whose second reward has a string price names $.rewards[1].pointsPrice', () => {
    const body = {
      id: 'p',
      name: 'P',
      currency: 'USD',
      earningRules: [],
      tiers: [],
      bonusEvents: [],
      rewards: [
        { id: 'r0', kind: 'custom', title: 'ok', pointsPrice: 100 },
        { id: 'r1', kind: 'custom', title: 'bad', pointsPrice: '500' },
      ],
    };
    expect(() => RESPONSE_SCHEMAS.getProgram(body, '$')).toThrow(
      '$.rewards[1].pointsPrice: expected integer, got string',
    );
  });
});
