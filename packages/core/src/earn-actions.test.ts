import { describe, expect, it, vi } from 'vitest';
import type { LoyaltyBackend } from './backend.ts';
import { claimAction, saveBirthday } from './earn-actions.ts';
import { LoyaltyError } from './errors.ts';
import { createLoyaltyModel } from './model.ts';
import type { Customer } from './types.ts';

const customer: Customer = {
  id: 'c',
  balance: { available: 100, pending: 0, lifetime: 100 },
  redemptions: [],
  ruleUsage: [],
};

function modelWith(overrides: Partial<LoyaltyBackend>) {
  const backend = {
    getProgram: async () => ({
      id: 'p',
      name: 'P',
      currency: 'USD',
      earningRules: [],
      rewards: [],
      tiers: [],
      bonusEvents: [],
    }),
    getCustomer: async () => structuredClone(customer),
    getActivity: vi.fn(),
    redeem: vi.fn(),
    cancelRedemption: vi.fn(),
    claimAction: vi.fn(),
    setBirthday: vi.fn(),
    ...overrides,
  } as LoyaltyBackend;
  return createLoyaltyModel(backend);
}

describe('claimAction', () => {
  it('adds the points and counts the rule as used', async () => {
    const model = modelWith({
      claimAction: async (ruleId) => ({
        entry: {
          id: 'e',
          kind: 'earn',
          points: 50,
          description: ruleId,
          createdAt: '2026-11-23T00:00:00Z',
        },
        balance: { available: 150, pending: 0, lifetime: 150 },
      }),
    });
    await model.load();
    const entry = await claimAction(model, 'follow');
    expect(entry.points).toBe(50);
    expect(model.customer.value?.balance.available).toBe(150);
    expect(model.customer.value?.ruleUsage).toEqual([
      { ruleId: 'follow', count: 1, lastAt: '2026-11-23T00:00:00Z' },
    ]);
  });

  it('leaves the model alone when the backend refuses', async () => {
    const model = modelWith({
      claimAction: async () => {
        throw new LoyaltyError('action_limit_reached', 'done already', { status: 422 });
      },
    });
    await model.load();
    await expect(claimAction(model, 'follow')).rejects.toMatchObject({
      code: 'action_limit_reached',
    });
    expect(model.customer.value?.balance.available).toBe(100);
  });
});

describe('saveBirthday', () => {
  it('applies the customer the backend returns', async () => {
    const model = modelWith({ setBirthday: async (birthday) => ({ ...customer, birthday }) });
    await model.load();
    await saveBirthday(model, { month: 3, day: 14 });
    expect(model.customer.value?.birthday).toEqual({ month: 3, day: 14 });
  });
});
