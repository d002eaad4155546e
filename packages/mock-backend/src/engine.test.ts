import { describe, expect, it } from 'vitest';
import { createEngine } from './engine.ts';
import { usStore } from './seeds/us-store.ts';

describe('createEngine', () => {
  it('serves the seeded programme and customers', () => {
    const engine = createEngine(usStore);
    expect(engine.program().name).toBe('Harbor Rewards');
    expect(engine.customer('cus_maya')?.balance.available).toBe(1250);
    expect(engine.customer('cus_nobody')).toBeUndefined();
  });

  it('returns copies: mutating a returned customer does not change the next read', () => {
    const engine = createEngine(usStore);
    const first = engine.customer('cus_maya')!;
    first.balance.available = 999_999;
    first.firstName = 'Mallory';
    const second = engine.customer('cus_maya')!;
    expect(second.balance.available).toBe(1250);
    expect(second.firstName).toBe('Maya');
  });

  it('returns copies of the programme too', () => {
    const engine = createEngine(usStore);
    engine.program().rewards[0]!.pointsPrice = 1;
    engine.program().rewards.pop();
    expect(engine.program().rewards[0]!.pointsPrice).toBe(500);
    expect(engine.program().rewards).toHaveLength(5);
  });

  it('does not share state with the seed or with another engine', () => {
    const a = createEngine(usStore);
    const b = createEngine(usStore);
    a.customer('cus_maya')!.balance.available = 0;
    expect(b.customer('cus_maya')?.balance.available).toBe(1250);
    expect(usStore.customers[0]?.balance.available).toBe(1250);
  });
});
