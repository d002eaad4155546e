import { describe, expect, it } from 'vitest';
import { testProgram as program } from './fixtures.ts';
import { tierStatus } from './tiers.ts';

describe('tierStatus', () => {
  it('places a new member in the first tier with progress to the second', () => {
    expect(tierStatus(program, 500)).toEqual({
      currentTierId: 'bronze',
      nextTierId: 'silver',
      progress: 0.25,
      toNext: 1500,
    });
  });

  it('counts progress from the current tier’s threshold', () => {
    expect(tierStatus(program, 3500)).toEqual({
      currentTierId: 'silver',
      nextTierId: 'gold',
      progress: 0.5,
      toNext: 1500,
    });
  });

  it('enters a tier exactly at its threshold', () => {
    expect(tierStatus(program, 2000)).toMatchObject({
      currentTierId: 'silver',
      progress: 0,
      toNext: 3000,
    });
  });

  it('is complete at the top tier', () => {
    expect(tierStatus(program, 12000)).toEqual({ currentTierId: 'gold', progress: 1 });
  });

  it('has no current tier below the first threshold', () => {
    const noBase = { tiers: program.tiers.filter((t) => t.id !== 'bronze') };
    expect(tierStatus(noBase, 1000)).toEqual({ nextTierId: 'silver', progress: 0.5, toNext: 1000 });
  });

  it('does not depend on the order tiers are listed in', () => {
    expect(tierStatus({ tiers: [...program.tiers].reverse() }, 3500)).toEqual(
      tierStatus(program, 3500),
    );
  });

  it('is undefined without tiers', () => {
    expect(tierStatus({ tiers: [] }, 100)).toBeUndefined();
  });
});
