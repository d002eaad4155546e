import { describe, expect, it } from 'vitest';
import { RESPONSE_SCHEMAS, responseMismatches } from './contract-schemas.ts';
import {
  array,
  integer,
  intersect,
  nullable,
  number,
  object,
  omissible,
  oneOf,
  optional,
  parse,
  restriction,
  SchemaError,
  string,
  timestamp,
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

  it('still validates a present value, dropping one that does not match', () => {
    expect(shape({ id: 'a', note: 'hi' }, '$')).toEqual({ id: 'a', note: 'hi' });
    expect(parse(shape, { id: 'a', note: 5 })).toEqual([
      { id: 'a' },
      ['$.note: expected string, got number'],
    ]);
  });
});

describe('restriction', () => {
  const offer = object({ id: string(), tierIds: restriction(array(string())) });
  const offers = array(offer);

  it('is optional', () => {
    expect(parse(offers, [{ id: 'a' }, { id: 'b', tierIds: null }])).toEqual([
      [{ id: 'a' }, { id: 'b' }],
      [],
    ]);
  });

  it('read whole or not at all: any mismatch inside drops the item holding it', () => {
    const body = [
      { id: 'a', tierIds: ['gold', 7] },
      { id: 'b', tierIds: 'gold' },
      { id: 'c', tierIds: ['gold'] },
    ];
    expect(parse(offers, body)).toEqual([
      [{ id: 'c', tierIds: ['gold'] }],
      ['$[0].tierIds[1]: expected string, got number', '$[1].tierIds: expected array, got string'],
    ]);
  });
});

describe('omissible and nullable', () => {
  const answer = object({
    program: omissible(object({ id: string(), tags: array(string()) })),
    customer: nullable(object({ id: string() })),
  });

  it('omissible may be absent, but a present value that does not match fails what holds it', () => {
    expect(parse(answer, { customer: null })).toEqual([{ customer: null }, []]);
    expect(() => parse(answer, { program: { tags: [] }, customer: null })).toThrow(
      '$.program.id: expected string, got undefined',
    );
    // What the value itself drops forgivingly is still dropped, not a failure.
    expect(parse(answer, { program: { id: 'p', tags: ['a', 1] }, customer: null })).toEqual([
      { program: { id: 'p', tags: ['a'] }, customer: null },
      ['$.program.tags[1]: expected string, got number'],
    ]);
  });

  it('nullable keeps null, and requires the key', () => {
    expect(parse(answer, { customer: { id: 'c' } })[0]).toEqual({ customer: { id: 'c' } });
    expect(() => parse(answer, {})).toThrow('$.customer: expected object, got undefined');
  });
});

describe('array', () => {
  const item = object({ id: string(), qty: integer() });

  it('drops items that do not match, once each, and keeps the others in order', () => {
    // `parts` is read before `id`, so the dropped item did hold a drop of its own.
    const list = array(object({ parts: array(item), id: string() }));
    const body = [
      { id: 'a', parts: [] },
      { parts: [{ id: 1 }] },
      { id: 'c', parts: [{ id: 'p', qty: 1 }, { id: 'q' }] },
    ];
    expect(parse(list, body)).toEqual([
      [
        { parts: [], id: 'a' },
        { parts: [{ id: 'p', qty: 1 }], id: 'c' },
      ],
      // Nothing about what the dropped item held: its drop says it all.
      [
        '$[1].id: expected string, got undefined',
        '$[2].parts[1].qty: expected integer, got undefined',
      ],
    ]);
  });

  it('reads anything but an array as an empty list', () => {
    expect(parse(array(item), { 0: { id: 'a', qty: 1 } })).toEqual([
      [],
      ['$: expected array, got object'],
    ]);
  });

  it('with a key, a repeated id keeps the first item', () => {
    const body = [
      { id: 'a', qty: 1 },
      { id: 'b', qty: 2 },
      { id: 'a', qty: 3 },
    ];
    expect(parse(array(item, 'id'), body)).toEqual([body.slice(0, 2), ['$[2].id: repeated']]);
  });
});

describe('timestamp', () => {
  it.each(['2026-05-01T10:00:00Z', '2026-05-01T10:00:00.5Z', '2026-05-01T10:00:00+07:00'])(
    'accepts %s',
    (value) => {
      expect(timestamp()(value, '$')).toBe(value);
    },
  );

  it.each([
    '2026-13-45Tnope',
    '2026-05-01',
    '2026-05-01T25:00:00Z',
    '2026-05-01T10:00:00',
    ' 2026-05-01T10:00:00Z',
    '',
    1777629600000,
  ])('refuses %s', (value) => {
    expect(() => timestamp()(value, '$.at')).toThrow(SchemaError);
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
    const body = {
      items: [
        { id: 'a', qty: 1 },
        { id: 'b', qty: 'two' },
      ],
    };
    expect(parse(list, body)).toEqual([
      { items: [{ id: 'a', qty: 1 }] },
      ['$.items[1].qty: expected integer, got string'],
    ]);
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
    const [value, dropped] = parse(RESPONSE_SCHEMAS.getProgram, body);
    expect(value.rewards.map((r) => r.id)).toEqual(['r0']);
    expect(dropped).toEqual(['$.rewards[1].pointsPrice: expected integer, got string']);
  });

  it('responseMismatches names what a conformance check must fail on, and nothing for a valid body', () => {
    const program = {
      id: 'p',
      name: 'P',
      currency: 'USD',
      earningRules: [],
      tiers: [],
      bonusEvents: [],
      rewards: [],
    };
    expect(responseMismatches('getProgram', program)).toEqual([]);
    expect(
      responseMismatches('getProgram', {
        ...program,
        rewards: [{ id: 'r1', kind: 'custom', title: 'bad', pointsPrice: '500' }],
      }),
    ).toEqual(['$.rewards[0].pointsPrice: expected integer, got string']);
    expect(responseMismatches('getCustomer', { balance: {} })).toEqual([
      '$.id: expected string, got undefined',
    ]);
  });
});
