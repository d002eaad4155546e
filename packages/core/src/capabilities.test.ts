import { describe, expect, it } from 'vitest';
import { can, FEWEST_CAPABILITIES } from './capabilities.ts';
import { CAPABILITIES } from './types.ts';

describe('can', () => {
  it('a backend that predates capabilities can do everything the contract describes', () => {
    for (const capability of CAPABILITIES) expect(can({}, capability)).toBe(true);
  });

  it('only an explicit false says no; what a backend leaves out it can do', () => {
    const program = { capabilities: { cancelRedemption: false, birthday: true } };
    expect(can(program, 'cancelRedemption')).toBe(false);
    expect(can(program, 'birthday')).toBe(true);
    expect(can(program, 'quote')).toBe(true);
  });

  it('the fewest capabilities say no to every one', () => {
    expect(Object.keys(FEWEST_CAPABILITIES)).toEqual([...CAPABILITIES]);
    for (const capability of CAPABILITIES)
      expect(can({ capabilities: FEWEST_CAPABILITIES }, capability)).toBe(false);
  });
});
